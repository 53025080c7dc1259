package org.luoshi.enterprise;

import java.util.Optional;

import org.luoshi.shared.Actor;

/**
 * Contributes a section to the enterprise portal's page ({@code /portal}), which an enterprise's own account
 * (企业用户) lands on. The portal shows the enterprise and one card per section; the modules built on the registry —
 * demands (我的诉求), visits (走访记录) — implement this interface as a bean. Until a module contributes the section of a
 * {@link #key() key} the portal expects ({@code demands}, {@code visits}), the portal shows it as coming soon.
 *
 * <p>The portal calls a section only for an enterprise's account, with that account's actor: its
 * {@link Actor#enterpriseId()} is the one enterprise whose records the section may show.
 */
public interface PortalSection {

	/** Which section this is: {@code demands}, {@code visits}, or a key of the module's own. */
	String key();

	/** Position on the page, lower first (demands 10, visits 20). */
	int order();

	/** The card, or empty to show nothing for this enterprise. */
	Optional<PortalCard> card(Actor enterprise);

	/**
	 * A section's card on the portal's page.
	 *
	 * @param titleKey message key of the heading (我的诉求)
	 * @param icon a Bootstrap Icons name (chat-square-text)
	 * @param path the section's own page, one the portal's door lets an enterprise's account open; {@code null} for none
	 * @param lineKey message key of the line under the heading (e.g. "{0} open, {1} to rate"), {@code null} for none
	 * @param lineArguments the line's arguments
	 */
	record PortalCard(String titleKey, String icon, String path, String lineKey, Object... lineArguments) {
	}
}
