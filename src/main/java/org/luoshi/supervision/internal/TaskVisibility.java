package org.luoshi.supervision.internal;

import java.util.Collection;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.luoshi.search.Visibility;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Permissions;
import org.luoshi.supervision.TaskStatus;

/**
 * Who sees a task — the one rule that the task pages and API ({@link TaskAccess}) and the search index
 * ({@link SupervisionSearchRecords}) apply: supervision:read, and a data scope that reaches the issuing unit or, once
 * the task is issued, one of its lead and co-operating units. A draft is seen only on the issuer's side. The whole
 * district sees every task. (The list and board SQL in {@code TaskRows.where} states the same rule for many rows;
 * {@code SearchVisibilityIntegrationTests} checks that search and the list agree for every demo account.)
 *
 * <p>A goal is seen by its owning unit's subtree and by the units of its issued tasks ({@code GoalRows.where}).
 */
final class TaskVisibility {

	static final String PERMISSION = Permissions.SUPERVISION_READ;

	private TaskVisibility() {
	}

	/**
	 * The units whose subtree sees the task. Lazy: {@code assignedUnitIds} (the lead and co-operating units) is read
	 * only when the stream gets that far, so a check that the issuing unit settles costs no query.
	 */
	static Stream<Long> units(long issuerUnitId, TaskStatus status, Supplier<? extends Collection<Long>> assignedUnitIds) {
		Stream<Long> issuer = Stream.of(issuerUnitId);
		return status == TaskStatus.DRAFT ? issuer : Stream.concat(issuer, Stream.of(assignedUnitIds).flatMap(units -> units.get().stream()));
	}

	/** The same rule as search states it with the task's document. */
	static Visibility forSearch(long issuerUnitId, TaskStatus status, Collection<Long> assignedUnitIds) {
		return Visibility.of(PERMISSION, units(issuerUnitId, status, () -> assignedUnitIds).toList());
	}

	/** The goal's rule for search: its owning unit and the units of its issued tasks. */
	static Visibility forGoalSearch(long ownerUnitId, Collection<Long> unitsOfIssuedTasks) {
		return Visibility.of(PERMISSION, Stream.concat(Stream.of(ownerUnitId), unitsOfIssuedTasks.stream()).distinct().toList());
	}

}
