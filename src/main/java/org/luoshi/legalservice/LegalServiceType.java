package org.luoshi.legalservice;

/**
 * One service of the list (法律咨询, 人民调解, 法律援助 …), by its stable code.
 *
 * @param code stable upper-case code; {@link #MEDIATION} and {@link #LEGAL_AID} have steps of their own
 * @param name the Chinese name shown
 * @param nameEn the English name shown
 * @param description what the service covers, or {@code null}
 * @param position order in lists
 * @param active whether new requests may ask for it
 */
public record LegalServiceType(String code, String name, String nameEn, String description, int position, boolean active) {

	public static final String CONSULTATION = "LEGAL_CONSULTATION";
	public static final String MEDIATION = "MEDIATION";
	public static final String LEGAL_AID = "LEGAL_AID";
	public static final String PUBLICITY = "LEGAL_PUBLICITY";

	/** The name in the language asked for: English for {@code en}, Chinese otherwise. */
	public String name(java.util.Locale locale) {
		return "en".equals(locale.getLanguage()) ? nameEn : name;
	}
}
