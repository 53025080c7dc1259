package org.luoshi.shared.web;

import java.util.Set;

/**
 * One link in the sidebar. Each module declares its entries as beans; the layout shows those the actor has any of the
 * permissions for (none: every signed-in person). One entry per link, whoever may follow it: an account holding two
 * of the permissions sees the link once.
 *
 * @param section message key of the sidebar group
 * @param order position, lower first (sections take the order of their first entry)
 * @param labelKey message key of the link text
 * @param path where it goes; it is highlighted while the current path starts with it
 * @param icon a Bootstrap Icons-like short name used as a CSS class suffix
 * @param anyOf the permissions of which the actor needs one to see the link; empty for every signed-in person
 */
public record NavigationEntry(String section, int order, String labelKey, String path, String icon, Set<String> anyOf) {

	/** A link for those with {@code permission}, or for everyone signed in when it is {@code null}. */
	public NavigationEntry(String section, int order, String labelKey, String path, String icon, String permission) {
		this(section, order, labelKey, path, icon, permission == null ? Set.of() : Set.of(permission));
	}

	/** A link for those with any of the permissions. */
	public NavigationEntry(String section, int order, String labelKey, String path, String icon, String permission, String... others) {
		this(section, order, labelKey, path, icon, set(permission, others));
	}

	public NavigationEntry {
		anyOf = Set.copyOf(anyOf);
	}

	/** Whether the link is for someone holding these permissions. */
	public boolean isFor(java.util.function.Predicate<String> holds) {
		return anyOf.isEmpty() || anyOf.stream().anyMatch(holds);
	}

	private static Set<String> set(String first, String... others) {
		java.util.Set<String> all = new java.util.HashSet<>(java.util.List.of(others));
		all.add(first);
		return all;
	}
}
