package org.luoshi.supervision.internal;

import java.util.ArrayList;
import java.util.List;

import org.luoshi.shared.Actor;
import org.luoshi.shared.Changes;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.RecordChanged;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The district's supervision settings: read by everyone who sees tasks (the pages explain the lights with them), set
 * by a whole-district supervisor only, since they apply to every unit.
 */
@Service
@Transactional
public class SettingsService {

	private final SettingsRows rows;
	private final org.springframework.context.ApplicationEventPublisher events;

	SettingsService(SettingsRows rows, org.springframework.context.ApplicationEventPublisher events) {
		this.rows = rows;
		this.events = events;
	}

	@Transactional(readOnly = true)
	public SupervisionSettings current() {
		return rows.read();
	}

	public SupervisionSettings update(SupervisionSettings wanted, int version, Actor actor) {
		if (!actor.can(Permissions.SUPERVISION_MANAGE) || !actor.seesWholeDistrict()) {
			throw new AccessDeniedException(Permissions.SUPERVISION_MANAGE);
		}
		List<Violation> violations = new ArrayList<>();
		range(wanted.dueSoonDays(), 1, 90, "dueSoonDays", violations);
		range(wanted.signWithinDays(), 1, 30, "signWithinDays", violations);
		range(wanted.remindEveryDays(), 1, 30, "remindEveryDays", violations);
		String prefix = wanted.noticePrefix() == null ? "" : wanted.noticePrefix().strip();
		if (!prefix.matches("[\\p{IsHan}A-Za-z]{1,10}")) {
			violations.add(Violation.of("noticePrefix", "supervision.settings.prefix.invalid"));
		}
		ValidationException.throwIfAny(violations);
		SupervisionSettings before = rows.read();
		SupervisionSettings after = new SupervisionSettings(wanted.dueSoonDays(), wanted.signWithinDays(), wanted.autoRemind(),
				wanted.remindEveryDays(), prefix, version);
		if (!rows.update(after, version, actor.accountId())) {
			throw ConflictException.staleVersion();
		}
		events.publishEvent(RecordChanged.of("supervision.settings.changed", "supervision-settings", 1, "督办设置",
				Changes.of().field("dueSoonDays", before.dueSoonDays(), after.dueSoonDays())
					.field("signWithinDays", before.signWithinDays(), after.signWithinDays())
					.field("autoRemind", before.autoRemind(), after.autoRemind())
					.field("remindEveryDays", before.remindEveryDays(), after.remindEveryDays())
					.field("noticePrefix", before.noticePrefix(), after.noticePrefix())));
		return rows.read();
	}

	private static void range(int value, int min, int max, String field, List<Violation> violations) {
		if (value < min || value > max) {
			violations.add(Violation.of(field, "supervision.settings.range", min, max));
		}
	}
}
