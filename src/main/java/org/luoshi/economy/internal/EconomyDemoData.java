package org.luoshi.economy.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.LinkedHashMap;
import java.util.Map;

import org.luoshi.economy.EconomicIndicators;
import org.luoshi.economy.IndicatorDefinition;
import org.luoshi.economy.IndicatorPlace;
import org.luoshi.economy.TargetKind;
import org.luoshi.economy.internal.EconomyAdministration.TargetInput;
import org.luoshi.economy.internal.EconomyAdministration.ValueInput;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.database.DemoDataLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Pengjiang's real figures as found (../shared/data/pengjiang_stats.csv: GDP 2022, 2024 and 2025, the January–September
 * 2023 bulletin, the 2025 growth target, 杜阮镇's 2024 aim of a hundred 亿元), each with its source; and, marked as demo,
 * monthly and quarterly series for 2025 and 2026, the towns' GDP and their 2026 targets — 荷塘镇 aiming past 100 亿元 —
 * summing to the district's.
 */
@Component
class EconomyDemoData implements DemoDataLoader {

	static final String DEMO_SOURCE = "演示数据（按公开年度数据推算的月度序列）";
	private static final Actor LOADER = new Actor(null, "system", "系统", null, java.util.Set.of(Permissions.ECONOMY_MANAGE));
	/** Share of a year's total reached by the end of each month, for the demo's cumulative series. */
	private static final double[] CUMULATIVE = { 0.07, 0.14, 0.23, 0.31, 0.40, 0.49, 0.57, 0.66, 0.75, 0.84, 0.92, 1.0 };
	/** The demo's 2025 totals (亿元) and growth in 2026 (%) of the monthly indicators. */
	private static final Map<String, double[]> MONTHLY = new LinkedHashMap<>();

	static {
		MONTHLY.put("INDUSTRY_VALUE", new double[] { 270, 4.2 });
		MONTHLY.put("FIXED_INVESTMENT", new double[] { 360, 3.0 });
		MONTHLY.put("INDUSTRIAL_INVESTMENT", new double[] { 115, 12.0 });
		MONTHLY.put("RETAIL_SALES", new double[] { 290, 2.5 });
		MONTHLY.put("BUDGET_REVENUE", new double[] { 26, 1.5 });
		MONTHLY.put("FOREIGN_TRADE", new double[] { 500, -1.0 });
	}

	/** The towns' and subdistricts' GDP in 2025 (demo, summing to the district's 1,000.86) and their 2026 targets. */
	private static final Map<String, double[]> TOWN_GDP = new LinkedHashMap<>();

	static {
		TOWN_GDP.put("440703006", new double[] { 270, 283.5 }); // 环市街道
		TOWN_GDP.put("440703002", new double[] { 190, 199.5 }); // 白沙街道
		TOWN_GDP.put("440703005", new double[] { 75, 78.75 }); // 潮连街道
		TOWN_GDP.put("440703101", new double[] { 230, 241.5 }); // 棠下镇
		TOWN_GDP.put("440703102", new double[] { 95, 101 }); // 荷塘镇: past 100
		TOWN_GDP.put("440703103", new double[] { 140.86, 146.65 }); // 杜阮镇
	}

	private final JdbcClient jdbc;
	private final EconomicIndicators indicators;
	private final EconomyAdministration administration;

	EconomyDemoData(JdbcClient jdbc, EconomicIndicators indicators, EconomyAdministration administration) {
		this.jdbc = jdbc;
		this.indicators = indicators;
		this.administration = administration;
	}

	@Override
	public int order() {
		return 45;
	}

	@Override
	public void load() {
		if (jdbc.sql("SELECT count(*) FROM indicator_value").query(Long.class).single() > 0) {
			return;
		}
		String district = indicators.places().stream().filter(IndicatorPlace::district).map(IndicatorPlace::code).findFirst().orElse("440703");
		long gdp = id("GDP");
		String jmrb = "江门日报 2023-02-09，http://dzb.jmrb.com:8080/jmrb/html/2023-02/09/content_666522.htm";
		String bulletin = "蓬江区2023年重点工作1-9月进展情况通报";
		real(gdp, district, 2022, 12, "870.92", "3.4", jmrb);
		real(gdp, district, 2023, 9, "644.63", "4.1", bulletin);
		real(gdp, district, 2024, 12, "955.25", null, "区委十届九次全会报道（网易号转载），http://m.admirer.cn/dy/article/KH0QH60E0514DG5K.html");
		real(id("INDUSTRY_VALUE"), district, 2023, 9, "194.6", "-0.4", bulletin);
		real(id("FIXED_INVESTMENT"), district, 2023, 9, "267.2", "2.4", bulletin);
		real(id("INDUSTRIAL_INVESTMENT"), district, 2023, 9, "73.91", "36.3", bulletin);
		real(id("RETAIL_SALES"), district, 2023, 9, "206.05", "0.3", bulletin);
		real(id("BUDGET_REVENUE"), district, 2023, 9, "19.73", "1.0", bulletin);
		real(id("FOREIGN_TRADE"), district, 2023, 9, "371.3", "-3.4", bulletin);
		administration.setTarget(gdp, new TargetInput(district, 2025, TargetKind.GROWTH, new BigDecimal("5.5"),
				"预期增长5.5%以上（江门日报 2025-02-10 报道）"), LOADER);
		administration.setTarget(gdp, new TargetInput("440703103", 2024, TargetKind.LEVEL, new BigDecimal("100"),
				"力争地区生产总值超百亿元（蓬江区门户网站报道）"), LOADER);

		// 2025 by quarter (demo) to the real year's 1,000.86; 2026 to September growing 5 %.
		double[] quarters = { 0.225, 0.475, 0.73 };
		for (int q = 0; q < 3; q++) {
			demo(gdp, district, 2025, (q + 1) * 3, 1000.86 * quarters[q], null);
			demo(gdp, district, 2026, (q + 1) * 3, 1000.86 * 1.048 * quarters[q], null);
		}
		real(gdp, district, 2025, 12, "1000.86", "4.5", "蓬江区十一届人大六次会议报道（转载），http://m.digipub.cc/dy/article/KLHI4N5Q0514DG5K.html");
		administration.setTarget(gdp, new TargetInput(district, 2026, TargetKind.GROWTH, new BigDecimal("5"), "演示数据"), LOADER);
		TOWN_GDP.forEach((town, figures) -> {
			double growth = 1.03 + (town.hashCode() & 7) / 100.0; // towns grow 3–10 % in the demo
			for (int q = 0; q < 3; q++) {
				demo(gdp, town, 2025, (q + 1) * 3, figures[0] * quarters[q], null);
				demo(gdp, town, 2026, (q + 1) * 3, figures[0] * growth * quarters[q], null);
			}
			demo(gdp, town, 2025, 12, figures[0], null);
			administration.setTarget(gdp, new TargetInput(town, 2026, TargetKind.LEVEL, BigDecimal.valueOf(figures[1]),
					town.equals("440703102") ? "力争突破百亿元（演示数据）" : null), LOADER);
		});

		MONTHLY.forEach((code, figures) -> {
			long indicator = id(code);
			for (int m = 1; m <= 12; m++) {
				demo(indicator, district, 2025, m, figures[0] * CUMULATIVE[m - 1], null);
			}
			for (int m = 1; m <= 10; m++) {
				demo(indicator, district, 2026, m, figures[0] * (1 + figures[1] / 100) * CUMULATIVE[m - 1], figures[1]);
			}
			administration.setTarget(indicator, new TargetInput(district, 2026, TargetKind.GROWTH,
					BigDecimal.valueOf(code.equals("INDUSTRIAL_INVESTMENT") ? 15 : code.equals("FOREIGN_TRADE") ? 2 : 5), "演示数据"), LOADER);
		});
	}

	private long id(String code) {
		return indicators.indicatorByCode(code).map(IndicatorDefinition::id).orElseThrow();
	}

	private void real(long indicator, String place, int year, int month, String value, String growth, String source) {
		record(indicator, new ValueInput(place, year, month, new BigDecimal(value), growth == null ? null : new BigDecimal(growth), source, true,
				false));
	}

	private void demo(long indicator, String place, int year, int month, double value, Double growth) {
		record(indicator, new ValueInput(place, year, month, BigDecimal.valueOf(value).setScale(2, RoundingMode.HALF_UP),
				growth == null ? null : BigDecimal.valueOf(growth), DEMO_SOURCE, true, true));
	}

	private void record(long indicator, ValueInput input) {
		IndicatorDefinition definition = indicators.indicator(indicator).orElseThrow();
		administration.write(definition, input, indicators.place(input.placeCode()).map(IndicatorPlace::name).orElse(input.placeCode()), LOADER);
	}
}
