package org.luoshi.projects.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.luoshi.projects.MilestoneKind;
import org.luoshi.projects.ProjectDetails;
import org.luoshi.projects.ProjectDetails.ProjectMilestone;
import org.luoshi.projects.ProjectPlatform;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Changes;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.Digests;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.RecordChanged;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.files.FileTypes;
import org.luoshi.shared.web.Times;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every write of platforms and projects: checked whole (every problem reported, nothing written when one is found),
 * within the project's visibility rule, audited. Amounts are in 万元; the investment completed is kept month by month
 * and its sum never exceeds the project's total investment.
 */
@Service
@Transactional
public class ProjectAdministration {

	static final BigDecimal MAX_AMOUNT = new BigDecimal("99999999999999");
	static final long MAX_PHOTO_BYTES = 8L * 1024 * 1024;
	static final int MAX_PHOTOS = 30;
	private static final Set<FileTypes.FileType> IMAGES = Set.of(FileTypes.FileType.JPEG, FileTypes.FileType.PNG, FileTypes.FileType.GIF);

	private final JdbcClient jdbc;
	private final ProjectStore store;
	private final ProjectAccess access;
	private final ProjectSearch search;
	private final ApplicationEventPublisher events;
	private final Times times;

	ProjectAdministration(JdbcClient jdbc, ProjectStore store, ProjectAccess access, ProjectSearch search, ApplicationEventPublisher events,
			Times times) {
		this.jdbc = jdbc;
		this.store = store;
		this.access = access;
		this.search = search;
		this.events = events;
		this.times = times;
	}

	/** A platform as typed: its name, the platform it is part of, its town (optional). */
	public record PlatformInput(String name, Long parentId, String townCode, String description, boolean demo) {
	}

	/**
	 * A project as typed (amounts in 万元): the plan is {@code year}'s; the milestones' planned and actual dates (a kind
	 * left out keeps its dates).
	 */
	public record ProjectInput(String name, Long platformId, String townCode, Long leadUnitId, BigDecimal totalInvestment, String description,
			Integer year, BigDecimal planned, List<ProjectMilestone> milestones, boolean demo) {

		public ProjectInput {
			milestones = milestones == null ? List.of() : List.copyOf(milestones);
		}
	}

	/** The investment completed in one month (not cumulative), in 万元. */
	public record InvestmentInput(Integer year, Integer month, BigDecimal amount, String source, boolean demo) {
	}

	/** An uploaded photo as sent. */
	public record PhotoInput(String name, byte[] content) {
	}

	// ----- platforms

	public ProjectPlatform createPlatform(PlatformInput input, Actor actor) {
		requireManage(actor);
		ValidationException.throwIfAny(checkPlatform(input, null));
		long id = jdbc.sql("INSERT INTO project_platform (name, parent_id, town_code, description, demo) VALUES (?, ?, ?, ?, ?) RETURNING id")
			.params(input.name().strip(), input.parentId(), blankToNull(input.townCode()), blankToNull(input.description()), input.demo())
			.query(Long.class).single();
		events.publishEvent(RecordChanged.of("projects.platform.created", "project-platform", id, input.name().strip(), Changes.of()
			.created("name", input.name().strip()).created("townCode", blankToNull(input.townCode()))));
		return store.platform(id).orElseThrow();
	}

	public ProjectPlatform updatePlatform(long id, Integer version, PlatformInput input, Actor actor) {
		requireManage(actor);
		ProjectPlatform before = store.platform(id).orElseThrow(() -> new NotFoundException("platform", id));
		List<Violation> violations = checkPlatform(input, id);
		if (version == null) {
			violations.add(Violation.of("version", "validation.required"));
		}
		ValidationException.throwIfAny(violations);
		int updated = jdbc.sql("""
				UPDATE project_platform SET name = ?, parent_id = ?, town_code = ?, description = ?, version = version + 1
				WHERE id = ? AND version = ?""")
			.params(input.name().strip(), input.parentId(), blankToNull(input.townCode()), blankToNull(input.description()), id, version).update();
		if (updated != 1) {
			throw ConflictException.staleVersion();
		}
		events.publishEvent(RecordChanged.of("projects.platform.changed", "project-platform", id, input.name().strip(), Changes.of()
			.field("name", before.name(), input.name().strip())
			.field("townCode", before.townCode(), blankToNull(input.townCode()))
			.field("description", before.description(), blankToNull(input.description()))));
		return store.platform(id).orElseThrow();
	}

	private List<Violation> checkPlatform(PlatformInput input, Long id) {
		List<Violation> violations = new ArrayList<>();
		String name = input.name() == null ? "" : input.name().strip();
		if (name.length() < 2 || name.length() > 60) {
			violations.add(Violation.of("name", "projects.name.length", 2, 60));
		}
		else if (jdbc.sql("SELECT count(*) FROM project_platform WHERE name = ? AND id IS DISTINCT FROM ?").params(name, id).query(Long.class).single() > 0) {
			violations.add(Violation.of("name", "projects.platform.name.taken", name));
		}
		if (input.parentId() != null) {
			Optional<ProjectPlatform> parent = store.platform(input.parentId());
			if (parent.isEmpty() || input.parentId().equals(id) || parent.get().parentId() != null) {
				violations.add(Violation.of("parentId", "projects.platform.unknown", input.parentId()));
			}
		}
		if (blankToNull(input.townCode()) != null && !store.townNames().containsKey(input.townCode().strip())) {
			violations.add(Violation.of("townCode", "projects.town.unknown", input.townCode()));
		}
		if (input.description() != null && input.description().length() > 1000) {
			violations.add(Violation.of("description", "validation.too-long", 1000));
		}
		return violations;
	}

	// ----- projects

	public ProjectDetails createProject(ProjectInput input, Actor actor) {
		requireManage(actor);
		List<Violation> violations = checkProject(input, null, BigDecimal.ZERO);
		ValidationException.throwIfAny(violations);
		long id = jdbc.sql("""
				INSERT INTO key_project (name, platform_id, town_code, lead_unit_id, total_investment, description, demo)
				VALUES (?, ?, ?, ?, ?, ?, ?) RETURNING id""")
			.params(input.name().strip(), input.platformId(), input.townCode().strip(), input.leadUnitId(), input.totalInvestment(),
					blankToNull(input.description()), input.demo())
			.query(Long.class).single();
		writePlan(id, input);
		writeMilestones(id, input.milestones());
		ProjectStore.Row row = store.row(id).orElseThrow();
		events.publishEvent(RecordChanged.of("projects.project.created", "key-project", id, row.name(), Changes.of()
			.created("name", row.name())
			.created("townCode", row.townCode())
			.created("leadUnit", store.unitName(row.leadUnitId()))
			.created("totalInvestment", plain(row.totalInvestment()))
			.created("planned", plain(input.planned()))));
		search.index(row);
		return store.details(row, input.year() == null ? times.today().getYear() : input.year());
	}

	public ProjectDetails updateProject(long id, Integer version, ProjectInput input, Actor actor) {
		ProjectStore.Row before = visible(id, actor);
		requireManage(actor);
		BigDecimal completed = store.completedTotal(id);
		List<Violation> violations = checkProject(input, id, completed);
		if (version == null) {
			violations.add(Violation.of("version", "validation.required"));
		}
		ValidationException.throwIfAny(violations);
		int year = input.year();
		BigDecimal plannedBefore = jdbc.sql("SELECT planned FROM project_year_plan WHERE project_id = ? AND year = ?").params(id, year)
			.query(BigDecimal.class).optional().orElse(null);
		Map<MilestoneKind, ProjectMilestone> milestonesBefore = milestones(id);
		int updated = jdbc.sql("""
				UPDATE key_project SET name = ?, platform_id = ?, town_code = ?, lead_unit_id = ?, total_investment = ?, description = ?,
				       version = version + 1, updated_at = now()
				WHERE id = ? AND version = ?""")
			.params(input.name().strip(), input.platformId(), input.townCode().strip(), input.leadUnitId(), input.totalInvestment(),
					blankToNull(input.description()), id, version)
			.update();
		if (updated != 1) {
			throw ConflictException.staleVersion();
		}
		writePlan(id, input);
		writeMilestones(id, input.milestones());
		ProjectStore.Row after = store.row(id).orElseThrow();
		Changes changes = Changes.of()
			.field("name", before.name(), after.name())
			.field("platform", before.platformName(), after.platformName())
			.field("townCode", before.townCode(), after.townCode())
			.field("leadUnit", store.unitName(before.leadUnitId()), store.unitName(after.leadUnitId()))
			.field("totalInvestment", plain(before.totalInvestment()), plain(after.totalInvestment()))
			.field("description", before.description(), after.description())
			.field("planned", plain(plannedBefore), plain(input.planned()));
		milestoneChanges(changes, milestonesBefore, milestones(id));
		events.publishEvent(RecordChanged.of("projects.project.changed", "key-project", id, after.name(), changes));
		search.index(after);
		return store.details(after, year);
	}

	private List<Violation> checkProject(ProjectInput input, Long id, BigDecimal completed) {
		List<Violation> violations = new ArrayList<>();
		String name = input.name() == null ? "" : input.name().strip();
		if (name.length() < 2 || name.length() > 80) {
			violations.add(Violation.of("name", "projects.name.length", 2, 80));
		}
		else if (jdbc.sql("SELECT count(*) FROM key_project WHERE name = ? AND id IS DISTINCT FROM ?").params(name, id).query(Long.class).single() > 0) {
			violations.add(Violation.of("name", "projects.project.name.taken", name));
		}
		if (input.platformId() != null && store.platform(input.platformId()).isEmpty()) {
			violations.add(Violation.of("platformId", "projects.platform.unknown", input.platformId()));
		}
		if (input.townCode() == null || input.townCode().isBlank()) {
			violations.add(Violation.of("townCode", "validation.required"));
		}
		else if (!store.townNames().containsKey(input.townCode().strip())) {
			violations.add(Violation.of("townCode", "projects.town.unknown", input.townCode()));
		}
		if (input.leadUnitId() == null) {
			violations.add(Violation.of("leadUnitId", "validation.required"));
		}
		else if (store.leadUnits().stream().noneMatch(unit -> unit.id() == input.leadUnitId())) {
			violations.add(Violation.of("leadUnitId", "projects.lead-unit.unknown", input.leadUnitId()));
		}
		if (input.totalInvestment() == null) {
			violations.add(Violation.of("totalInvestment", "validation.required"));
		}
		else if (input.totalInvestment().signum() <= 0 || input.totalInvestment().compareTo(MAX_AMOUNT) > 0) {
			violations.add(Violation.of("totalInvestment", "projects.amount.positive"));
		}
		else if (input.totalInvestment().compareTo(completed) < 0) {
			violations.add(Violation.of("totalInvestment", "projects.total.below-completed", plain(completed)));
		}
		if (input.year() == null || input.year() < 2000 || input.year() > 2100) {
			violations.add(Violation.of("year", "projects.year.range"));
		}
		if (input.planned() != null && (input.planned().signum() < 0 || input.planned().compareTo(MAX_AMOUNT) > 0)) {
			violations.add(Violation.of("planned", "projects.amount.negative"));
		}
		else if (input.planned() != null && input.totalInvestment() != null && input.planned().compareTo(input.totalInvestment()) > 0) {
			violations.add(Violation.of("planned", "projects.plan.exceeds-total"));
		}
		if (input.description() != null && input.description().length() > 2000) {
			violations.add(Violation.of("description", "validation.too-long", 2000));
		}
		checkMilestones(input.milestones(), violations, true);
		return violations;
	}

	private void checkMilestones(List<ProjectMilestone> milestones, List<Violation> violations, boolean planned) {
		LocalDate today = times.today();
		for (ProjectMilestone milestone : milestones) {
			if (milestone.kind() == null) {
				violations.add(Violation.of("milestones", "validation.required"));
				continue;
			}
			if (milestone.actualOn() != null && milestone.actualOn().isAfter(today)) {
				violations.add(Violation.of("milestone." + milestone.kind().name(), "projects.milestone.future", milestone.actualOn().toString()));
			}
			if (milestone.plannedOn() != null && (milestone.plannedOn().getYear() < 2000 || milestone.plannedOn().getYear() > 2100)) {
				violations.add(Violation.of("milestone." + milestone.kind().name(), "projects.year.range"));
			}
		}
	}

	private void writePlan(long id, ProjectInput input) {
		if (input.planned() == null) {
			jdbc.sql("DELETE FROM project_year_plan WHERE project_id = ? AND year = ?").params(id, input.year()).update();
			return;
		}
		jdbc.sql("""
				INSERT INTO project_year_plan (project_id, year, planned) VALUES (?, ?, ?)
				ON CONFLICT (project_id, year) DO UPDATE SET planned = excluded.planned""").params(id, input.year(), input.planned()).update();
	}

	private void writeMilestones(long id, List<ProjectMilestone> milestones) {
		for (ProjectMilestone milestone : milestones) {
			jdbc.sql("""
					INSERT INTO project_milestone (project_id, kind, planned_on, actual_on) VALUES (?, ?, ?, ?)
					ON CONFLICT (project_id, kind) DO UPDATE SET planned_on = excluded.planned_on, actual_on = excluded.actual_on""")
				.params(id, milestone.kind().name(), milestone.plannedOn(), milestone.actualOn()).update();
		}
	}

	private Map<MilestoneKind, ProjectMilestone> milestones(long id) {
		Map<MilestoneKind, ProjectMilestone> found = new java.util.EnumMap<>(MilestoneKind.class);
		jdbc.sql("SELECT kind, planned_on, actual_on FROM project_milestone WHERE project_id = ?").param(id)
			.query((rs, n) -> new ProjectMilestone(MilestoneKind.valueOf(rs.getString("kind")), rs.getObject("planned_on", LocalDate.class),
					rs.getObject("actual_on", LocalDate.class)))
			.list().forEach(m -> found.put(m.kind(), m));
		return found;
	}

	private static void milestoneChanges(Changes changes, Map<MilestoneKind, ProjectMilestone> before, Map<MilestoneKind, ProjectMilestone> after) {
		for (MilestoneKind kind : MilestoneKind.values()) {
			ProjectMilestone was = before.get(kind);
			ProjectMilestone is = after.get(kind);
			changes.field("milestone" + kind.name() + "Planned", was == null ? null : text(was.plannedOn()), is == null ? null : text(is.plannedOn()));
			changes.field("milestone" + kind.name() + "Actual", was == null ? null : text(was.actualOn()), is == null ? null : text(is.actualOn()));
		}
	}

	/**
	 * The lead unit reports a milestone's actual date (or the district office corrects it): not in the future.
	 */
	public ProjectDetails reportMilestone(long id, MilestoneKind kind, LocalDate actualOn, Actor actor) {
		ProjectStore.Row row = visible(id, actor);
		requireReport(row, actor);
		List<Violation> violations = new ArrayList<>();
		if (kind == null) {
			violations.add(Violation.of("kind", "validation.required"));
		}
		else {
			checkMilestones(List.of(new ProjectMilestone(kind, null, actualOn)), violations, false);
		}
		ValidationException.throwIfAny(violations);
		Map<MilestoneKind, ProjectMilestone> before = milestones(id);
		ProjectMilestone was = before.get(kind);
		writeMilestones(id, List.of(new ProjectMilestone(kind, was == null ? null : was.plannedOn(), actualOn)));
		Changes changes = Changes.of();
		milestoneChanges(changes, before, milestones(id));
		events.publishEvent(RecordChanged.of("projects.milestone.reported", "key-project", id, row.name(), changes));
		return store.details(row, times.today().getYear());
	}

	// ----- investment

	/** Reports (or corrects) the investment completed in a month. */
	public ProjectDetails reportInvestment(long id, InvestmentInput input, Actor actor) {
		ProjectStore.Row row = visible(id, actor);
		requireReport(row, actor);
		ValidationException.throwIfAny(checkInvestment(row, input, ""));
		writeInvestment(row, input, actor);
		return store.details(row, input.year());
	}

	/** The problems of a month's figure for the project, on fields prefixed by {@code prefix}; none when it may be written. */
	List<Violation> checkInvestment(ProjectStore.Row row, InvestmentInput input, String prefix) {
		List<Violation> violations = new ArrayList<>();
		if (input.year() == null || input.year() < 2000 || input.year() > 2100) {
			violations.add(Violation.of(prefix + "year", "projects.year.range"));
		}
		if (input.month() == null || input.month() < 1 || input.month() > 12) {
			violations.add(Violation.of(prefix + "month", "projects.month.range"));
		}
		if (violations.isEmpty() && YearMonth.of(input.year(), input.month()).isAfter(YearMonth.from(times.today()))) {
			violations.add(Violation.of(prefix + "month", "projects.investment.future-month", input.year() + "-" + String.format("%02d", input.month())));
		}
		if (input.amount() == null) {
			violations.add(Violation.of(prefix + "amount", "validation.required"));
		}
		else if (input.amount().signum() < 0 || input.amount().compareTo(MAX_AMOUNT) > 0) {
			violations.add(Violation.of(prefix + "amount", "projects.amount.negative"));
		}
		if (input.source() != null && input.source().length() > 200) {
			violations.add(Violation.of(prefix + "source", "validation.too-long", 200));
		}
		if (!violations.isEmpty()) {
			return violations;
		}
		BigDecimal others = jdbc.sql("SELECT coalesce(sum(amount), 0) FROM project_investment WHERE project_id = ? AND NOT (year = ? AND month = ?)")
			.params(row.id(), input.year(), input.month()).query(BigDecimal.class).single();
		BigDecimal completed = others.add(input.amount());
		if (completed.compareTo(row.totalInvestment()) > 0) {
			violations.add(Violation.of(prefix + "amount", "projects.investment.exceeds-total", plain(completed), plain(row.totalInvestment())));
		}
		return violations;
	}

	/** Writes a checked month; whether it replaced a figure reported before. */
	boolean writeInvestment(ProjectStore.Row row, InvestmentInput input, Actor actor) {
		Optional<BigDecimal> before = jdbc.sql("SELECT amount FROM project_investment WHERE project_id = ? AND year = ? AND month = ?")
			.params(row.id(), input.year(), input.month()).query(BigDecimal.class).optional();
		jdbc.sql("""
				INSERT INTO project_investment (project_id, year, month, amount, source, demo, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?)
				ON CONFLICT (project_id, year, month) DO UPDATE SET amount = excluded.amount, source = excluded.source, demo = excluded.demo,
				       recorded_by = excluded.recorded_by, recorded_at = now()""")
			.params(row.id(), input.year(), input.month(), input.amount(), blankToNull(input.source()), input.demo(), actor.username()).update();
		events.publishEvent(RecordChanged.of(before.isPresent() ? "projects.investment.revised" : "projects.investment.reported", "key-project", row.id(),
				row.name() + " · " + input.year() + "-" + String.format("%02d", input.month()), Changes.of()
					.field("amount", before.map(ProjectAdministration::plain).orElse(null), plain(input.amount()))
					.field("investmentSource", null, blankToNull(input.source()))));
		return before.isPresent();
	}

	// ----- photos

	public int addPhotos(long id, List<PhotoInput> photos, String caption, Actor actor) {
		ProjectStore.Row row = visible(id, actor);
		requireReport(row, actor);
		List<Violation> violations = new ArrayList<>();
		List<PhotoInput> sent = photos == null ? List.of() : photos.stream().filter(p -> p != null && p.content() != null && p.content().length > 0).toList();
		if (sent.isEmpty()) {
			violations.add(Violation.of("photos", "projects.photo.required"));
		}
		int existing = jdbc.sql("SELECT count(*) FROM project_photo WHERE project_id = ?").param(id).query(Integer.class).single();
		if (existing + sent.size() > MAX_PHOTOS) {
			violations.add(Violation.of("photos", "projects.photo.count", MAX_PHOTOS));
		}
		if (caption != null && caption.length() > 200) {
			violations.add(Violation.of("caption", "validation.too-long", 200));
		}
		List<Object[]> checked = new ArrayList<>();
		for (PhotoInput photo : sent) {
			String name = photo.name() == null || photo.name().isBlank() ? "photo" : abbreviate(photo.name().strip(), 255);
			if (photo.content().length > MAX_PHOTO_BYTES) {
				violations.add(Violation.of("photos", "projects.photo.too-large", name, MAX_PHOTO_BYTES / 1024 / 1024));
				continue;
			}
			FileTypes.Verdict verdict = FileTypes.check(name, photo.content());
			if (!(verdict instanceof FileTypes.Accepted accepted) || !IMAGES.contains(accepted.type())) {
				violations.add(Violation.of("photos", "projects.photo.type", name));
				continue;
			}
			checked.add(new Object[] { name, accepted.type().contentType(), photo.content() });
		}
		ValidationException.throwIfAny(violations);
		for (Object[] photo : checked) {
			byte[] content = (byte[]) photo[2];
			jdbc.sql("""
					INSERT INTO project_photo (project_id, name, caption, content_type, size, sha256, content, uploaded_by)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")
				.params(id, photo[0], blankToNull(caption), photo[1], (long) content.length, Digests.sha256(content), content, actor.username()).update();
		}
		events.publishEvent(RecordChanged.of("projects.photos.added", "key-project", id, row.name(), Changes.of()
			.created("photos", checked.stream().map(p -> (String) p[0]).toList().toString())
			.created("caption", blankToNull(caption))));
		return checked.size();
	}

	// ----- the rule

	/** The project if the actor sees it; 404 exactly as for one that does not exist. */
	ProjectStore.Row visible(long id, Actor actor) {
		return store.row(id).filter(row -> access.scope(actor).sees(row.leadUnitId())).orElseThrow(() -> new NotFoundException("project", id));
	}

	void requireReport(ProjectStore.Row row, Actor actor) {
		if (!access.scope(actor).reports(row.leadUnitId())) {
			throw new AccessDeniedException("projects:report");
		}
	}

	static void requireManage(Actor actor) {
		if (!actor.can(org.luoshi.shared.Permissions.PROJECTS_MANAGE)) {
			throw new AccessDeniedException(org.luoshi.shared.Permissions.PROJECTS_MANAGE);
		}
	}

	static String plain(BigDecimal value) {
		return value == null ? null : value.stripTrailingZeros().toPlainString();
	}

	static String text(Object value) {
		return value == null ? null : value.toString();
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}

	private static String abbreviate(String text, int max) {
		return text.length() <= max ? text : text.substring(0, max);
	}

	static boolean same(Object a, Object b) {
		return Objects.equals(a, b);
	}
}
