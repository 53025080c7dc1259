package org.luoshi.economy.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.luoshi.economy.EconomicIndicators;
import org.luoshi.economy.IndicatorDefinition;
import org.luoshi.economy.IndicatorPlace;
import org.luoshi.economy.internal.EconomyAdministration.ValueInput;
import org.luoshi.shared.Actor;
import org.luoshi.shared.RecordChanged;
import org.luoshi.shared.Changes;
import org.luoshi.shared.Violation;
import org.luoshi.shared.workbook.SheetRow;
import org.luoshi.shared.workbook.UploadedTable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports values from the statistics bureau's tables (.xlsx or .csv): a header row naming the indicator (指标名称), the
 * place (地区), the period (期别: 2026年1-9月, 2026年9月, 2026-09, or 2026年 for a yearly figure) unless the import gives
 * one for all rows, the cumulative value (本月止累计), the growth (同比增长 %), and optionally 修订 (是) and 来源. All or
 * nothing: every bad row is reported with its row, column and reason, and then nothing is written. Rows are written in
 * month order, so a file holding January to September is checked month by month against itself.
 */
@Service
public class IndicatorImport {

	static final int MAX_ROWS = 10_000;
	static final int MAX_PROBLEMS = 200;
	private static final Pattern RANGE = Pattern.compile("^(\\d{4})\\s*年?\\s*(?:1\\s*[-—~至到]\\s*)?(\\d{1,2})\\s*月(?:止|份)?$");
	private static final Pattern ISO = Pattern.compile("^(\\d{4})[-/.](\\d{1,2})$");
	private static final Pattern YEAR = Pattern.compile("^(\\d{4})\\s*年?(?:全年|度)?$");

	enum Column {
		INDICATOR("指标名称", "指标", "indicator"),
		PLACE("地区", "镇街", "区域", "place"),
		PERIOD("期别", "时期", "月份", "period"),
		VALUE("本月止累计", "累计", "本年累计", "数值", "value"),
		GROWTH("同比增长(%)", "同比增长（%）", "同比增长", "同比增长%", "增速", "growth"),
		REVISION("修订", "revision"),
		SOURCE("来源", "source");

		final List<String> headers;

		Column(String... headers) {
			this.headers = List.of(headers);
		}

		static Optional<Column> of(String header) {
			String typed = header == null ? "" : header.replace(" ", "").toLowerCase(Locale.ROOT);
			for (Column column : values()) {
				if (column.headers.stream().anyMatch(name -> name.replace(" ", "").toLowerCase(Locale.ROOT).equals(typed))) {
					return Optional.of(column);
				}
			}
			return Optional.empty();
		}
	}

	/** A row's problem: its number as the sheet shows it (0 for the file), the column's header, the message. */
	public record Problem(int row, String column, String messageKey, List<Object> arguments) {
	}

	public record Outcome(int rows, int recorded, int revised) {
	}

	/** The file was refused: nothing was written. */
	public static class Refused extends RuntimeException {

		private final transient List<Problem> problems;

		Refused(List<Problem> problems) {
			super(problems.size() + " problems");
			this.problems = List.copyOf(problems);
		}

		public List<Problem> problems() {
			return problems;
		}
	}

	private final EconomicIndicators indicators;
	private final EconomyAdministration administration;
	private final ApplicationEventPublisher events;

	private final TransactionTemplate nested;

	IndicatorImport(EconomicIndicators indicators, EconomyAdministration administration, ApplicationEventPublisher events,
			PlatformTransactionManager transactions) {
		this.nested = new TransactionTemplate(transactions);
		this.nested.setPropagationBehavior(TransactionDefinition.PROPAGATION_NESTED);
		this.indicators = indicators;
		this.administration = administration;
		this.events = events;
	}

	/**
	 * Reads and writes the file's values; {@code year}/{@code month} apply to rows without a period column.
	 *
	 * @throws Refused with every problem, nothing written
	 */
	// A refused file's rows are rolled back to the savepoint already; the caller's transaction stays good.
	@Transactional(noRollbackFor = Refused.class)
	public Outcome importValues(String fileName, byte[] content, Integer year, Integer month, Actor actor) {
		return importValues(fileName, content, year, month, null, actor);
	}

	/**
	 * Like {@link #importValues(String, byte[], Integer, Integer, Actor)}, for one indicator's table: the 指标名称 column
	 * may be left out, and a row naming another indicator is a bad row.
	 */
	@Transactional(noRollbackFor = Refused.class)
	public Outcome importValues(String fileName, byte[] content, Integer year, Integer month, Long onlyIndicatorId, Actor actor) {
		EconomyAdministration.require(actor);
		Optional<IndicatorDefinition> only = onlyIndicatorId == null ? Optional.empty() : indicators.indicator(onlyIndicatorId);
		List<List<String>> rows = read(fileName, content);
		List<Problem> problems = new ArrayList<>();
		int headerAt = -1;
		Map<Column, Integer> columns = new HashMap<>();
		Map<Column, String> headers = new HashMap<>();
		for (int r = 0; r < Math.min(rows.size(), 10) && headerAt < 0; r++) {
			Map<Column, Integer> found = new HashMap<>();
			List<String> cells = rows.get(r);
			for (int c = 0; c < cells.size(); c++) {
				int index = c;
				Column.of(cells.get(c)).ifPresent(column -> {
					found.putIfAbsent(column, index);
					headers.putIfAbsent(column, cells.get(index));
				});
			}
			if ((found.containsKey(Column.INDICATOR) || only.isPresent()) && found.containsKey(Column.PLACE)) {
				headerAt = r;
				columns.putAll(found);
			}
		}
		if (headerAt < 0) {
			throw new Refused(List.of(new Problem(0, null, "economy.import.header", List.of())));
		}
		if (!columns.containsKey(Column.VALUE) && !columns.containsKey(Column.GROWTH)) {
			throw new Refused(List.of(new Problem(headerAt + 1, null, "economy.import.no-value-column", List.of())));
		}
		if (!columns.containsKey(Column.PERIOD) && (year == null || month == null)) {
			throw new Refused(List.of(new Problem(headerAt + 1, null, "economy.import.no-period", List.of())));
		}
		// Read once for the whole file: every row is checked against them.
		List<IndicatorDefinition> definitions = indicators.indicators(false);
		List<IndicatorPlace> places = indicators.places();
		Set<String> placeCodes = places.stream().map(IndicatorPlace::code).collect(Collectors.toSet());
		List<Parsed> parsed = new ArrayList<>();
		for (int r = headerAt + 1; r < rows.size(); r++) {
			List<String> cells = rows.get(r);
			if (cells.stream().allMatch(cell -> cell == null)) {
				continue;
			}
			int rowNumber = r + 1;
			Parsed row = parse(rowNumber, cells, columns, headers, year, month, definitions, only, places, problems);
			if (row != null) {
				parsed.add(row);
			}
		}
		if (parsed.isEmpty() && problems.isEmpty()) {
			throw new Refused(List.of(new Problem(0, null, "economy.import.empty", List.of())));
		}
		parsed.sort(Comparator.comparing((Parsed p) -> p.indicator.id()).thenComparing(p -> p.input.placeCode())
			.thenComparing(p -> p.input.year()).thenComparing(p -> p.input.month()));
		int[] counts = new int[2];
		// Every checked row is written as it is checked, so that a file holding several months is checked month by month
		// against itself; under a savepoint, rolled back if any row is bad, so that nothing of a refused file stays.
		nested.executeWithoutResult(status -> {
			for (Parsed row : parsed) {
				List<Violation> violations = administration.check(row.indicator, row.input, "", placeCodes);
				if (!violations.isEmpty()) {
					violations.forEach(v -> problems.add(new Problem(row.number, header(v.field(), headers), v.messageKey(), v.arguments())));
					continue;
				}
				counts[administration.write(row.indicator, row.input, row.placeName, actor) ? 1 : 0]++;
			}
			if (!problems.isEmpty()) {
				status.setRollbackOnly();
			}
		});
		int recorded = counts[0];
		int revised = counts[1];
		if (!problems.isEmpty()) {
			problems.sort(Comparator.comparingInt(Problem::row));
			throw new Refused(problems.size() > MAX_PROBLEMS ? problems.subList(0, MAX_PROBLEMS) : problems);
		}
		events.publishEvent(RecordChanged.of("economy.values.imported", "indicator-import", fileName == null ? "upload" : fileName,
				fileName == null ? "upload" : fileName, Changes.of().created("rows", parsed.size()).created("recorded", recorded)
					.created("revised", revised)));
		return new Outcome(parsed.size(), recorded, revised);
	}

	private record Parsed(int number, IndicatorDefinition indicator, String placeName, ValueInput input) {
	}

	private static Parsed parse(int number, List<String> cells, Map<Column, Integer> columns, Map<Column, String> headers, Integer year,
			Integer month, List<IndicatorDefinition> definitions, Optional<IndicatorDefinition> only, List<IndicatorPlace> places,
			List<Problem> problems) {
		int before = problems.size();
		String indicatorText = cell(cells, columns.get(Column.INDICATOR));
		Optional<IndicatorDefinition> indicator = indicatorText == null ? only
				: definitions.stream()
					.filter(candidate -> candidate.name().equals(indicatorText) || candidate.code().equalsIgnoreCase(indicatorText)).findFirst();
		if (indicator.isEmpty()) {
			problems.add(new Problem(number, headers.get(Column.INDICATOR), "economy.indicator.unknown", List.of(indicatorText == null ? "" : indicatorText)));
		}
		else if (only.isPresent() && indicator.get().id() != only.get().id()) {
			problems.add(new Problem(number, headers.get(Column.INDICATOR), "economy.import.other-indicator",
					List.of(indicatorText, only.get().name())));
			indicator = Optional.empty();
		}
		String placeText = cell(cells, columns.get(Column.PLACE));
		Optional<IndicatorPlace> place = placeText == null ? Optional.empty()
				: places.stream()
					.filter(candidate -> candidate.code().equals(placeText) || candidate.name().equals(placeText)
							|| (candidate.district() && ("全区".equals(placeText) || placeText.endsWith(candidate.name()))))
					.findFirst();
		if (place.isEmpty()) {
			problems.add(new Problem(number, headers.get(Column.PLACE), "economy.place.unknown", List.of(placeText == null ? "" : placeText)));
		}
		Integer rowYear = year;
		Integer rowMonth = month;
		if (columns.containsKey(Column.PERIOD)) {
			String period = cell(cells, columns.get(Column.PERIOD));
			int[] read = period == null ? null : period(period, indicator.map(i -> i.frequency() == org.luoshi.economy.Frequency.YEARLY).orElse(false));
			if (read == null) {
				problems.add(new Problem(number, headers.get(Column.PERIOD), "economy.import.period", List.of(period == null ? "" : period)));
			}
			else {
				rowYear = read[0];
				rowMonth = read[1];
			}
		}
		BigDecimal value = number(cells, columns.get(Column.VALUE), headers.get(Column.VALUE), number, problems);
		BigDecimal growth = number(cells, columns.get(Column.GROWTH), headers.get(Column.GROWTH), number, problems);
		String revision = cell(cells, columns.get(Column.REVISION));
		String source = cell(cells, columns.get(Column.SOURCE));
		if (problems.size() > before) {
			return null;
		}
		boolean revised = revision != null && List.of("是", "y", "yes", "true", "1", "修订").contains(revision.toLowerCase(Locale.ROOT));
		return new Parsed(number, indicator.get(), place.get().name(), new ValueInput(place.get().code(), rowYear, rowMonth, value, growth, source, revised, false));
	}

	/** {year, month} of a period as the bureau writes it; a bare year is month 12. */
	static int[] period(String text, boolean yearly) {
		String typed = text.replace(" ", "");
		Matcher matcher = RANGE.matcher(typed);
		if (matcher.matches() || (matcher = ISO.matcher(typed)).matches()) {
			int month = Integer.parseInt(matcher.group(2));
			return month >= 1 && month <= 12 ? new int[] { Integer.parseInt(matcher.group(1)), month } : null;
		}
		matcher = YEAR.matcher(typed);
		if (matcher.matches()) {
			return new int[] { Integer.parseInt(matcher.group(1)), 12 };
		}
		return null;
	}

	private static BigDecimal number(List<String> cells, Integer column, String header, int row, List<Problem> problems) {
		String text = cell(cells, column);
		if (text == null || text.equals("-") || text.equals("—")) {
			return null;
		}
		try {
			return new BigDecimal(text.replace(",", "").replace("，", "").replace("%", ""));
		}
		catch (NumberFormatException e) {
			problems.add(new Problem(row, header, "economy.import.number", List.of(text)));
			return null;
		}
	}

	private static String cell(List<String> cells, Integer column) {
		return column == null || column >= cells.size() ? null : SheetRow.typed(cells.get(column));
	}

	private static String header(String field, Map<Column, String> headers) {
		return switch (field) {
			case "placeCode" -> headers.get(Column.PLACE);
			case "month", "year" -> headers.getOrDefault(Column.PERIOD, field);
			case "value" -> headers.getOrDefault(Column.VALUE, field);
			case "growthPct" -> headers.getOrDefault(Column.GROWTH, field);
			case "source" -> headers.getOrDefault(Column.SOURCE, field);
			default -> headers.get(Column.INDICATOR);
		};
	}

	private static List<List<String>> read(String fileName, byte[] content) {
		return UploadedTable.rows(fileName, content, MAX_ROWS);
	}
}
