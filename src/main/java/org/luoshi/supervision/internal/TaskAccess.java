package org.luoshi.supervision.internal;

import java.util.List;

import org.luoshi.shared.Actor;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.Permissions;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/**
 * Who may see and do what with a task. Seeing: {@link TaskVisibility}. Acting: see {@link org.luoshi.supervision.TaskManagement}.
 */
@Component
public class TaskAccess {

	private final TaskRows tasks;
	private final Units units;

	TaskAccess(TaskRows tasks, Units units) {
		this.tasks = tasks;
		this.units = units;
	}

	static void require(Actor actor, String permission) {
		if (!actor.can(permission)) {
			throw new AccessDeniedException(permission);
		}
	}

	/** The task if the actor may see it; otherwise, as when it does not exist, {@link NotFoundException}. */
	TaskRecord visible(long id, Actor actor) {
		require(actor, Permissions.SUPERVISION_READ);
		return tasks.find(id).filter(task -> sees(task, actor)).orElseThrow(() -> new NotFoundException("task", id));
	}

	/** Like {@link #visible} with the row locked until the transaction ends. */
	TaskRecord lockVisible(long id, Actor actor) {
		visible(id, actor);
		return tasks.lock(id).orElseThrow(() -> new NotFoundException("task", id));
	}

	/** {@link TaskVisibility}: the one rule of who sees a task, which search applies too. */
	boolean sees(TaskRecord task, Actor actor) {
		return TaskVisibility.sees(task, () -> TaskVisibility.ids(tasks.units(task.id())), actor, units);
	}

	/** The issuer's side: supervision:manage over the issuing unit. */
	boolean manages(TaskRecord task, Actor actor) {
		return actor.can(Permissions.SUPERVISION_MANAGE)
				&& (actor.seesWholeDistrict() || units.isVisibleTo(task.issuerUnitId(), actor));
	}

	/** The lead unit's side: supervision:handle over the lead unit. */
	boolean leads(TaskRecord task, Actor actor) {
		return actor.can(Permissions.SUPERVISION_HANDLE) && task.leadUnitId() != null
				&& (actor.seesWholeDistrict() || units.isVisibleTo(task.leadUnitId(), actor));
	}

	/** A co-operating unit's side: supervision:handle over one of the co-operating units. */
	boolean cooperates(TaskRecord task, Actor actor) {
		if (!actor.can(Permissions.SUPERVISION_HANDLE)) {
			return false;
		}
		List<Long> coUnits = tasks.coUnits(task.id());
		return coUnits.stream().anyMatch(unit -> actor.seesWholeDistrict() || units.isVisibleTo(unit, actor));
	}

	boolean instructs(TaskRecord task, Actor actor) {
		return actor.can(Permissions.SUPERVISION_INSTRUCT) && sees(task, actor);
	}

	void requireManages(TaskRecord task, Actor actor) {
		if (!manages(task, actor)) {
			throw new AccessDeniedException(Permissions.SUPERVISION_MANAGE);
		}
	}

	void requireLeads(TaskRecord task, Actor actor) {
		if (!leads(task, actor)) {
			throw new AccessDeniedException(Permissions.SUPERVISION_HANDLE);
		}
	}
}
