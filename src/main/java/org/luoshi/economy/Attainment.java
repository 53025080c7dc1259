package org.luoshi.economy;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;

/**
 * An indicator's standing for one place as of one month of a year: what is done against the year's target, and the
 * growth the rest of the year still needs.
 *
 * <p>With cumulative values {@code V} (this year to the month), {@code B} (last year to the same month) and
 * {@code B12} (last year whole), and the target {@code T} (a level, or {@code B12 × (1 + g)} for a growth target g):
 * <ul>
 * <li>attainment = V / T;</li>
 * <li>growth so far = V / B − 1, or the growth reported with the value (同比增长, at comparable prices where the indicator
 * is) when last year's value is not known;</li>
 * <li>growth still needed in the rest of the year = (T − V) / (B12 − B) − 1: what the months left must grow on the same
 * months of last year for the year to reach T.</li>
 * </ul>
 * Levels are at current prices; for an indicator whose growth is at comparable prices the required growth is a
 * nominal approximation, shown beside the reported real growth.
 *
 * @param asOfMonth the month of the latest value used (a month not reported is skipped back to the one before)
 * @param value V, or {@code null} when nothing is recorded for the year yet
 * @param target T, or {@code null} when the place has no target for the year (or its base is unknown)
 * @param targetGrowthPct the growth the target asks for, in per cent
 * @param attainmentPct V / T in per cent
 * @param growthSoFarPct growth on the same period of last year, in per cent
 * @param growthNeededPct growth still needed in the rest of the year, in per cent; {@code null} at the year's end or
 *        where last year's remaining base is unknown
 * @param light by the district's rule, {@code null} where growth so far or the target's growth is unknown
 */
public record Attainment(int year, Integer asOfMonth, BigDecimal value, BigDecimal target, BigDecimal targetGrowthPct,
		BigDecimal attainmentPct, BigDecimal growthSoFarPct, BigDecimal growthNeededPct, IndicatorLight light) {

	static final MathContext PRECISION = MathContext.DECIMAL64;
	static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

	/**
	 * Works the standing out.
	 *
	 * @param value V, or null
	 * @param reportedGrowthPct the growth reported with V, or null
	 * @param lastYearSamePeriod B, or null
	 * @param lastYearWhole B12, or null
	 * @param targetKind the target's kind, or null for no target
	 * @param targetValue its level or growth in per cent
	 * @param yearDone whether the month is the year's last (nothing remains to grow)
	 * @param amberMarginPct how far (percentage points) growth may fall short of the target's before red
	 */
	public static Attainment of(int year, Integer asOfMonth, BigDecimal value, BigDecimal reportedGrowthPct, BigDecimal lastYearSamePeriod,
			BigDecimal lastYearWhole, TargetKind targetKind, BigDecimal targetValue, boolean yearDone, BigDecimal amberMarginPct) {
		BigDecimal target = null;
		BigDecimal targetGrowth = null;
		if (targetKind == TargetKind.LEVEL && targetValue != null) {
			target = targetValue;
			targetGrowth = positive(lastYearWhole) ? percent(ratio(target, lastYearWhole).subtract(BigDecimal.ONE)) : null;
		}
		else if (targetKind == TargetKind.GROWTH && targetValue != null) {
			targetGrowth = targetValue;
			target = positive(lastYearWhole) ? lastYearWhole.multiply(BigDecimal.ONE.add(targetValue.divide(HUNDRED, PRECISION)), PRECISION) : null;
		}
		BigDecimal attainment = value != null && positive(target) ? percent(ratio(value, target)) : null;
		BigDecimal growthSoFar = value != null && positive(lastYearSamePeriod) ? percent(ratio(value, lastYearSamePeriod).subtract(BigDecimal.ONE))
				: reportedGrowthPct;
		BigDecimal needed = null;
		if (!yearDone && value != null && target != null && lastYearWhole != null && lastYearSamePeriod != null) {
			BigDecimal remainingBase = lastYearWhole.subtract(lastYearSamePeriod);
			if (positive(remainingBase)) {
				needed = percent(ratio(target.subtract(value), remainingBase).subtract(BigDecimal.ONE));
			}
		}
		else if (!yearDone && value == null && targetGrowth != null) {
			needed = targetGrowth; // nothing recorded yet: the whole year must grow as the target says
		}
		IndicatorLight light = null;
		if (growthSoFar != null && targetGrowth != null) {
			BigDecimal shortBy = targetGrowth.subtract(growthSoFar);
			light = shortBy.signum() <= 0 ? IndicatorLight.GREEN
					: shortBy.compareTo(amberMarginPct) <= 0 ? IndicatorLight.AMBER : IndicatorLight.RED;
		}
		return new Attainment(year, asOfMonth, value, round(target, 4), round(targetGrowth, 2), round(attainment, 2), round(growthSoFar, 2),
				round(needed, 2), light);
	}

	private static boolean positive(BigDecimal value) {
		return value != null && value.signum() > 0;
	}

	private static BigDecimal ratio(BigDecimal a, BigDecimal b) {
		return a.divide(b, PRECISION);
	}

	private static BigDecimal percent(BigDecimal ratio) {
		return ratio.multiply(HUNDRED, PRECISION);
	}

	private static BigDecimal round(BigDecimal value, int scale) {
		return value == null ? null : value.setScale(scale, RoundingMode.HALF_UP);
	}
}
