package org.luoshi.economy.internal;

import java.math.BigDecimal;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.luoshi.economy.EconomicIndicators;
import org.luoshi.economy.IndicatorDefinition;
import org.luoshi.economy.IndicatorPlace;
import org.luoshi.economy.internal.EconomyAdministration.ValueInput;
import org.luoshi.shared.Actor;
import org.luoshi.shared.RecordChanged;
import org.luoshi.shared.Changes;
import org.luoshi.shared.Violation;
import org.luoshi.shared.workbook.ImportProblem;
import org.luoshi.shared.workbook.ImportRefusedException;
import org.luoshi.shared.workbook.PeriodCell;
import org.luoshi.shared.workbook.TableColumn;
import org.luoshi.shared.workbook.TableHeader;
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

	enum Column implements TableColumn {
		INDICATOR("指标名称", "指标", "indicator"),
		PLACE("地区", "镇街", "区域", "place"),
		PERIOD("期别", "时期", "月份", "period"),
		VALUE("本月止累计", "累计", "本年累计", "数值", "value"),
		GROWTH("同比增长(%)", "同比增长", "同比增长%", "增速", "growth"),
		REVISION("修订", "revision"),
		SOURCE("来源", "source");

		private final List<String> headers;

		Column(String... headers) {
			this.headers = List.of(headers);
		}

		@Override
		public List<String> headers() {
			return headers;
		}
	}

	public record Outcome(int rows, int recorded, int revised) {
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
	 * @throws ImportRefusedException with every problem, nothing written
	 */
	// A refused file's rows are rolled back to the savepoint already; the caller's transaction stays good.
	@Transactional(noRollbackFor = ImportRefusedException.class)
	public Outcome importValues(String fileName, byte[] content, Integer year, Integer month, Actor actor) {
		return importValues(fileName, content, year, month, null, actor);
	}

	/**
	 * Like {@link #importValues(String, byte[], Integer, Integer, Actor)}, for one indicator's table: the 指标名称 column
	 * may be left out, and a row naming another indicator is a bad row.
	 */
	@Transactional(noRollbackFor = ImportRefusedException.class)
	public Outcome importValues(String fileName, byte[] content, Integer year, Integer month, Long onlyIndicatorId, Actor actor) {
		EconomyAdministration.require(actor);
		Optional<IndicatorDefinition> only = onlyIndicatorId == null ? Optional.empty() : indicators.indicator(onlyIndicatorId);
		List<List<String>> rows = read(fileName, content);
		TableHeader<Column> header = TableHeader.find(rows, Column.class,
				found -> (found.contains(Column.INDICATOR) || only.isPresent()) && found.contains(Column.PLACE))
			.orElseThrow(() -> ImportRefusedException.of(0, "economy.import.header"));
		if (!header.has(Column.VALUE) && !header.has(Column.GROWTH)) {
			throw ImportRefusedException.of(header.index() + 1, "economy.import.no-value-column");
		}
		if (!header.has(Column.PERIOD) && (year == null || month == null)) {
			throw ImportRefusedException.of(header.index() + 1, "economy.import.no-period");
		}
		List<ImportProblem> problems = new ArrayList<>();
		// Read once for the whole file: every row is checked against them.
		List<IndicatorDefinition> definitions = indicators.indicators(false);
		List<IndicatorPlace> places = indicators.places();
		Set<String> placeCodes = places.stream().map(IndicatorPlace::code).collect(Collectors.toSet());
		List<Parsed> parsed = new ArrayList<>();
		for (int r = header.index() + 1; r < rows.size(); r++) {
			List<String> cells = rows.get(r);
			if (cells.stream().allMatch(cell -> cell == null)) {
				continue;
			}
			int rowNumber = r + 1;
			Parsed row = parse(rowNumber, cells, header, year, month, definitions, only, places, problems);
			if (row != null) {
				parsed.add(row);
			}
		}
		if (parsed.isEmpty() && problems.isEmpty()) {
			throw ImportRefusedException.of(0, "economy.import.empty");
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
					violations.forEach(v -> problems.add(new ImportProblem(row.number, column(v.field(), header), v.messageKey(), v.arguments())));
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
			throw new ImportRefusedException(problems);
		}
		events.publishEvent(RecordChanged.of("economy.values.imported", "indicator-import", fileName == null ? "upload" : fileName,
				fileName == null ? "upload" : fileName, Changes.of().created("rows", parsed.size()).created("recorded", recorded)
					.created("revised", revised)));
		return new Outcome(parsed.size(), recorded, revised);
	}

	private record Parsed(int number, IndicatorDefinition indicator, String placeName, ValueInput input) {
	}

	private static Parsed parse(int number, List<String> cells, TableHeader<Column> header, Integer year,
			Integer month, List<IndicatorDefinition> definitions, Optional<IndicatorDefinition> only, List<IndicatorPlace> places,
			List<ImportProblem> problems) {
		int before = problems.size();
		String indicatorText = header.cell(cells, Column.INDICATOR);
		Optional<IndicatorDefinition> indicator = indicatorText == null ? only
				: definitions.stream()
					.filter(candidate -> candidate.name().equals(indicatorText) || candidate.code().equalsIgnoreCase(indicatorText)).findFirst();
		if (indicator.isEmpty()) {
			problems.add(new ImportProblem(number, header.name(Column.INDICATOR, null), "economy.indicator.unknown", List.of(indicatorText == null ? "" : indicatorText)));
		}
		else if (only.isPresent() && indicator.get().id() != only.get().id()) {
			problems.add(new ImportProblem(number, header.name(Column.INDICATOR, null), "economy.import.other-indicator",
					List.of(indicatorText, only.get().name())));
			indicator = Optional.empty();
		}
		String placeText = header.cell(cells, Column.PLACE);
		Optional<IndicatorPlace> place = placeText == null ? Optional.empty()
				: places.stream()
					.filter(candidate -> candidate.code().equals(placeText) || candidate.name().equals(placeText)
							|| (candidate.district() && ("全区".equals(placeText) || placeText.endsWith(candidate.name()))))
					.findFirst();
		if (place.isEmpty()) {
			problems.add(new ImportProblem(number, header.name(Column.PLACE, null), "economy.place.unknown", List.of(placeText == null ? "" : placeText)));
		}
		Integer rowYear = year;
		Integer rowMonth = month;
		if (header.has(Column.PERIOD)) {
			String period = header.cell(cells, Column.PERIOD);
			Optional<YearMonth> read = PeriodCell.month(period, indicator.map(i -> i.frequency() == org.luoshi.economy.Frequency.YEARLY).orElse(false));
			if (read.isEmpty()) {
				problems.add(new ImportProblem(number, header.name(Column.PERIOD, null), "economy.import.period", List.of(period == null ? "" : period)));
			}
			else {
				rowYear = read.get().getYear();
				rowMonth = read.get().getMonthValue();
			}
		}
		BigDecimal value = number(cells, header, Column.VALUE, number, problems);
		BigDecimal growth = number(cells, header, Column.GROWTH, number, problems);
		String revision = header.cell(cells, Column.REVISION);
		String source = header.cell(cells, Column.SOURCE);
		if (problems.size() > before) {
			return null;
		}
		boolean revised = revision != null && List.of("是", "y", "yes", "true", "1", "修订").contains(revision.toLowerCase(Locale.ROOT));
		return new Parsed(number, indicator.get(), place.get().name(), new ValueInput(place.get().code(), rowYear, rowMonth, value, growth, source, revised, false));
	}

	private static BigDecimal number(List<String> cells, TableHeader<Column> header, Column column, int row, List<ImportProblem> problems) {
		String text = header.cell(cells, column);
		if (text == null || text.equals("-") || text.equals("—")) {
			return null;
		}
		try {
			return new BigDecimal(text.replace(",", "").replace("，", "").replace("%", ""));
		}
		catch (NumberFormatException e) {
			problems.add(new ImportProblem(row, header.name(column, null), "economy.import.number", List.of(text)));
			return null;
		}
	}

	/** The file's header of the column a checked field came from. */
	private static String column(String field, TableHeader<Column> header) {
		return switch (field) {
			case "placeCode" -> header.name(Column.PLACE, null);
			case "month", "year" -> header.name(Column.PERIOD, field);
			case "value" -> header.name(Column.VALUE, field);
			case "growthPct" -> header.name(Column.GROWTH, field);
			case "source" -> header.name(Column.SOURCE, field);
			default -> header.name(Column.INDICATOR, null);
		};
	}

	private static List<List<String>> read(String fileName, byte[] content) {
		return UploadedTable.rows(fileName, content, MAX_ROWS);
	}
}
