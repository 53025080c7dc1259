/**
 * The shared kernel: what every module may use without depending on another module.
 *
 * <p>It holds the value types that cross module boundaries ({@link org.luoshi.shared.PageQuery},
 * {@link org.luoshi.shared.Page}), the {@link org.luoshi.shared.AuditableEvent} contract that every write
 * publishes, the current {@link org.luoshi.shared.Actor}, the error types that the web layer turns into
 * localized messages, and the platform plumbing: the embedded database and per-module migrations
 * ({@code database}) and the web shell ({@code web}: layout, locale, error pages, home page) and printed official documents as PDF ({@code print}).
 *
 * <p>It is an open module: its sub-packages are part of its API. It depends on no other module.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.luoshi.shared;
