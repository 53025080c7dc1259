package org.luoshi.supervision.internal;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The one row of {@code supervision_settings}. */
@Repository
class SettingsRows {

	private final JdbcClient jdbc;

	SettingsRows(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	SupervisionSettings read() {
		return jdbc.sql("SELECT due_soon_days, sign_within_days, auto_remind, remind_every_days, notice_prefix, version "
				+ "FROM supervision_settings WHERE id = 1")
			.query((rs, row) -> new SupervisionSettings(rs.getInt("due_soon_days"), rs.getInt("sign_within_days"),
					rs.getBoolean("auto_remind"), rs.getInt("remind_every_days"), rs.getString("notice_prefix"), rs.getInt("version")))
			.single();
	}

	boolean update(SupervisionSettings settings, int version, Long updatedBy) {
		return jdbc.sql("UPDATE supervision_settings SET due_soon_days = ?, sign_within_days = ?, auto_remind = ?, remind_every_days = ?, "
				+ "notice_prefix = ?, version = version + 1, updated_at = now(), updated_by = ? WHERE id = 1 AND version = ?")
			.params(settings.dueSoonDays(), settings.signWithinDays(), settings.autoRemind(), settings.remindEveryDays(),
					settings.noticePrefix(), updatedBy, version)
			.update() == 1;
	}
}
