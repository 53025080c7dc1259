package org.luoshi.economy;

/** How often an indicator's values come and what a value holds. */
public enum Frequency {
	/** Every month, the total from January to the month (本月止累计). */
	MONTHLY_CUMULATIVE,
	/** Every quarter (months 3, 6, 9, 12), the total from January to the quarter's end. */
	QUARTERLY_CUMULATIVE,
	/** Once a year, for the year (month 12). */
	YEARLY;

	/** Whether a value may be recorded for the month. */
	public boolean reports(int month) {
		return switch (this) {
			case MONTHLY_CUMULATIVE -> month >= 1 && month <= 12;
			case QUARTERLY_CUMULATIVE -> month == 3 || month == 6 || month == 9 || month == 12;
			case YEARLY -> month == 12;
		};
	}
}
