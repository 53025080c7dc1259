package org.luoshi.economy;

/** An economic indicator's definition. */
public record Indicator(long id, String code, String name, String nameEn, String unit, Frequency frequency, boolean comparablePrices,
		int position, boolean active, int version) {

	public String name(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : name;
	}
}
