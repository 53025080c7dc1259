package org.luoshi.legalservice.overview;

import java.time.YearMonth;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.luoshi.legalservice.LegalDirectory;
import org.luoshi.legalservice.lectures.LectureStatistics;
import org.luoshi.legalservice.lectures.LectureStatistics.LectureMonth;
import org.luoshi.legalservice.requests.LegalRequestStatistics;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Permissions;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * The legal services' counts for a span of months, as the statistics page and API show them: requests received and
 * closed and their satisfaction by point, service and month, with totals per point, per service and per month; and the
 * lectures held, registrations, attendances and ratings per point and month. The justice bureau sees every point, a
 * point's staff the points they staff.
 */
@Component
public class LegalStatistics implements org.luoshi.legalservice.LegalServiceStatistics {

	private final LegalRequestStatistics requests;
	private final LectureStatistics lectures;
	private final LegalDirectory directory;

	LegalStatistics(LegalRequestStatistics requests, LectureStatistics lectures, LegalDirectory directory) {
		this.requests = requests;
		this.lectures = lectures;
		this.directory = directory;
	}

	/** Counts of requests; {@code averageRating} null where none was rated. */
	public record Counts(long received, long closed, long rated, Double averageRating) {

		static final Counts NONE = new Counts(0, 0, 0, null);

		static Counts of(LegalRequestStatistics.Row row) {
			return new Counts(row.received(), row.closed(), row.rated(), row.averageRating());
		}

		/** Both together: the ratings' mean weighted by how many each holds. */
		Counts plus(Counts other) {
			long ratedBoth = rated + other.rated;
			Double average = ratedBoth == 0 ? null
					: ((averageRating == null ? 0 : averageRating * rated) + (other.averageRating == null ? 0 : other.averageRating * other.rated))
							/ ratedBoth;
			return new Counts(received + other.received, closed + other.closed, ratedBoth, average);
		}
	}

	public record Line(long pointId, String pointName, String serviceCode, String serviceName, YearMonth month, Counts counts) {
	}

	/**
	 * The span's counts.
	 *
	 * @param lines every point, service and month with something to count
	 * @param byPoint totals per point name
	 * @param byService totals per service name
	 * @param byMonth totals per month
	 */
	public record Report(YearMonth from, YearMonth to, List<Line> lines, Map<String, Counts> byPoint, Map<String, Counts> byService,
			Map<YearMonth, Counts> byMonth, Counts total, List<LectureMonth> lectures) {
	}

	public Report report(YearMonth from, YearMonth to, Actor actor) {
		if (!actor.can(Permissions.LEGAL_MANAGE) && !actor.can(Permissions.LEGAL_HANDLE) && !actor.can(Permissions.LEGAL_STATISTICS)) {
			throw new AccessDeniedException(Permissions.LEGAL_HANDLE);
		}
		// The bureau and the readers of the district's figures count every point; a point's staff the points they staff.
		Set<Long> visible = actor.can(Permissions.LEGAL_MANAGE) || actor.can(Permissions.LEGAL_STATISTICS) ? null
				: actor.accountId() == null ? Set.of() : directory.pointsStaffedBy(actor.accountId());
		Map<Long, String> points = new LinkedHashMap<>();
		directory.points(false).forEach(point -> points.put(point.id(), point.name()));
		Map<String, String> services = new LinkedHashMap<>();
		directory.services(false).forEach(service -> services.put(service.code(), service.name()));
		List<LegalRequestStatistics.Row> rows = requests.counts(from.atDay(1), to.atEndOfMonth()).stream()
			.filter(row -> visible == null || visible.contains(row.pointId())).toList();
		List<Line> lines = rows.stream()
			.map(row -> new Line(row.pointId(), points.getOrDefault(row.pointId(), "#" + row.pointId()), row.serviceCode(),
					services.getOrDefault(row.serviceCode(), row.serviceCode()), row.month(), Counts.of(row)))
			.sorted(Comparator.comparing(Line::month).thenComparing(Line::pointName).thenComparing(Line::serviceCode))
			.toList();
		Map<String, Counts> byPoint = new TreeMap<>();
		Map<String, Counts> byService = new LinkedHashMap<>();
		services.values().forEach(name -> byService.put(name, null));
		Map<YearMonth, Counts> byMonth = new TreeMap<>();
		Counts total = Counts.NONE;
		for (LegalRequestStatistics.Row row : rows) {
			Counts counts = Counts.of(row);
			byPoint.merge(points.getOrDefault(row.pointId(), "#" + row.pointId()), counts, Counts::plus);
			byService.compute(services.getOrDefault(row.serviceCode(), row.serviceCode()),
					(name, sum) -> sum == null ? counts : sum.plus(counts));
			byMonth.merge(row.month(), counts, Counts::plus);
			total = total.plus(counts);
		}
		byService.values().removeIf(counts -> counts == null);
		List<LectureMonth> lectureMonths = lectures.monthly(from, to).stream()
			.filter(month -> visible == null || visible.contains(month.pointId())).toList();
		return new Report(from, to, lines, byPoint, byService, byMonth, total, lectureMonths);
	}

	/** One month of {@link #report}, by the same rule, per point: what the leaders' dashboard shows. */
	@Override
	public MonthFigures month(YearMonth month, Actor actor) {
		Report report = report(month, month, actor);
		Map<Long, long[]> points = new LinkedHashMap<>(); // point → received, closed, lectures, attendances
		Map<Long, String> names = new LinkedHashMap<>();
		for (Line line : report.lines()) {
			long[] point = points.computeIfAbsent(line.pointId(), id -> new long[4]);
			point[0] += line.counts().received();
			point[1] += line.counts().closed();
			names.put(line.pointId(), line.pointName());
		}
		long held = 0;
		long registrations = 0;
		long attendances = 0;
		for (LectureMonth lectures : report.lectures()) {
			long[] point = points.computeIfAbsent(lectures.pointId(), id -> new long[4]);
			point[2] += lectures.lecturesHeld();
			point[3] += lectures.attendances();
			names.putIfAbsent(lectures.pointId(), lectures.pointName());
			held += lectures.lecturesHeld();
			registrations += lectures.registrations();
			attendances += lectures.attendances();
		}
		List<PointFigures> byPoint = points.entrySet().stream()
			.map(point -> new PointFigures(point.getKey(), names.get(point.getKey()), point.getValue()[0], point.getValue()[1], point.getValue()[2],
					point.getValue()[3]))
			.sorted(Comparator.comparingLong(PointFigures::received).reversed().thenComparing(PointFigures::pointName))
			.toList();
		return new MonthFigures(month, report.total().received(), report.total().closed(), report.total().rated(), report.total().averageRating(),
				held, registrations, attendances, byPoint);
	}

	/** A span as typed, {@code YYYY-MM}; January to this month of this year when not given. */
	public static YearMonth[] span(String from, String to) {
		YearMonth now = YearMonth.now();
		YearMonth start = from == null || from.isBlank() ? YearMonth.of(now.getYear(), 1) : YearMonth.parse(from.strip());
		YearMonth end = to == null || to.isBlank() ? now : YearMonth.parse(to.strip());
		return end.isBefore(start) ? new YearMonth[] { end, start } : new YearMonth[] { start, end };
	}
}
