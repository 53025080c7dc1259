package org.luoshi.supervision.internal;

import java.util.EnumSet;
import java.util.Set;
import java.util.function.Supplier;

import org.luoshi.identity.AccountDirectory;
import org.luoshi.identity.AccountSummary;
import org.luoshi.organization.StaffSummary;

import org.luoshi.shared.Actor;
import org.luoshi.shared.Permissions;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see a task and which sides they have on it. Seeing: {@link TaskVisibility}, the rule search applies too.
 * What each side may do is the task's transition table ({@link TaskLifecycle}).
 */
@Component
public class TaskAccess {

	private final Units units;
	private final AccountDirectory accounts;

	TaskAccess(Units units, AccountDirectory accounts) {
		this.units = units;
		this.accounts = accounts;
	}

	public static void require(Actor actor, String permission) {
		if (!actor.can(permission)) {
			throw new AccessDeniedException(permission);
		}
	}

	/** The actor with the organization read once: enough to decide on any number of tasks without asking again. */
	Scope scope(Actor actor) {
		return new Scope(actor, units.names(), () -> ownUnit(actor));
	}

	/** The unit the actor works in: their staff record's unit; {@code null} for the system or an account without one. */
	private Long ownUnit(Actor actor) {
		if (actor.accountId() == null) {
			return null;
		}
		return accounts.findAccount(actor.accountId()).map(AccountSummary::staffId)
			.flatMap(staffId -> units.directory().findStaff(staffId))
			.map(StaffSummary::unitId)
			.orElse(null);
	}

	/** An actor and the units, as one step or one page needs them; the actor's own unit is looked up when asked for. */
	record Scope(Actor actor, Units.Names names, Supplier<Long> ownUnit) {

		private boolean covers(Long unitId) {
			return unitId != null && (actor.seesWholeDistrict() || names.isWithin(unitId, actor.scopeUnitId()));
		}

		/** {@link TaskVisibility}'s rule, decided from the units in hand. */
		boolean sees(Task task) {
			if (!actor.can(TaskVisibility.PERMISSION)) {
				return false;
			}
			return actor.seesWholeDistrict()
					|| TaskVisibility.units(task.issuerUnitId(), task.status(), task::unitIds).anyMatch(this::covers);
		}

		/** The sides the actor has on a task they see. */
		Set<TaskSide> sides(Task task) {
			Set<TaskSide> sides = EnumSet.noneOf(TaskSide.class);
			// A subtask its lead unit broke down is issued by that unit's handlers, who follow and close it themselves.
			boolean mayIssue = actor.can(Permissions.SUPERVISION_MANAGE) || task.cascaded() && actor.can(Permissions.SUPERVISION_HANDLE);
			if (mayIssue && covers(task.issuerUnitId())) {
				sides.add(TaskSide.ISSUER);
			}
			if (actor.can(Permissions.SUPERVISION_HANDLE) && covers(task.leadUnitId())) {
				sides.add(TaskSide.LEAD_UNIT);
			}
			if (actor.can(Permissions.SUPERVISION_HANDLE) && task.coUnitIds().stream().anyMatch(this::covers)) {
				sides.add(TaskSide.CO_UNIT);
			}
			if (actor.can(Permissions.SUPERVISION_INSTRUCT)) {
				sides.add(TaskSide.LEADER);
			}
			return sides;
		}

		/**
		 * The unit shown beside the actor on the timeline for a step taken as {@code side}: the lead unit or the
		 * co-operating unit of theirs that acted; for the issuer and leaders, the unit they work in (the office clerk who
		 * issues a task is of the office, not of the unit the task goes to).
		 */
		Long unitOf(TaskSide side, Task task) {
			return switch (side) {
				case LEAD_UNIT -> task.leadUnitId();
				case CO_UNIT -> task.coUnitIds().stream().filter(this::covers).findFirst().orElse(null);
				case ISSUER -> ownUnitOr(task.issuerUnitId());
				case LEADER -> ownUnitOr(actor.scopeUnitId());
			};
		}

		private Long ownUnitOr(Long otherwise) {
			Long own = ownUnit.get();
			return own != null ? own : otherwise;
		}
	}
}
