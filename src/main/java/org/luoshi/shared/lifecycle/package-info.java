/**
 * The lifecycle pattern every module with a lifecycle follows: one {@link org.luoshi.shared.lifecycle.TransitionTable}
 * says which step is allowed in which status for which side, and steps return past-tense
 * {@link org.luoshi.shared.lifecycle.LifecycleEvent}s. See {@code docs/architecture/lifecycle.md}.
 */
package org.luoshi.shared.lifecycle;
