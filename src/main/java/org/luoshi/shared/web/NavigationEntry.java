package org.luoshi.shared.web;

/**
 * One link in the sidebar. Each module declares its entries as beans; the layout shows those whose
 * permission the actor has ({@code null}: every signed-in person).
 *
 * @param section message key of the sidebar group
 * @param order position, lower first (sections take the order of their first entry)
 * @param labelKey message key of the link text
 * @param path where it goes; it is highlighted while the current path starts with it
 * @param icon a Bootstrap Icons-like short name used as a CSS class suffix
 * @param permission the permission required to see the link, or {@code null}
 */
public record NavigationEntry(String section, int order, String labelKey, String path, String icon, String permission) {
}
