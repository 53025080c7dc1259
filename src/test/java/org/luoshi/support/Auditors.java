package org.luoshi.support;

import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Audit administrators for the tests of who reads which entries of the trail: one scoped to a unit's subtree, and what
 * an auditor reads about one record through the API.
 */
public final class Auditors {

	private Auditors() {
	}

	/**
	 * An auditor whose data scope is the subtree of the unit named (its name or short name), signing in with the demo
	 * password (its hash is copied from demo-auditor, so the account is usable at once). Made in the tables: how accounts
	 * are administered is not what these tests are about.
	 */
	public static String scopedTo(JdbcClient jdbc, String unitName) {
		String username = "auditor-" + UUID.randomUUID().toString().substring(0, 8);
		long id = jdbc.sql("INSERT INTO account (username, display_name, password_hash, scope_unit_id) "
				+ "SELECT :username, :name, password_hash, (SELECT id FROM unit WHERE name = :unit OR short_name = :unit LIMIT 1) "
				+ "FROM account WHERE username = 'demo-auditor' RETURNING id")
			.param("username", username)
			.param("name", unitName + "审计员")
			.param("unit", unitName)
			.query(Long.class)
			.single();
		jdbc.sql("INSERT INTO account_role (account_id, role) VALUES (?, 'AUDITOR')").param(id).update();
		return username;
	}

	/** The actions of the entries about one record that the auditor reads through {@code GET /api/v1/audit}, oldest first. */
	public static List<String> actionsOn(ApiClient auditor, String targetType, long targetId) {
		ApiClient.Answer answer = auditor.get("/api/v1/audit?limit=200&targetType=" + targetType + "&targetId=" + targetId);
		if (answer.status() != 200) {
			throw new IllegalStateException("The trail answered " + answer.status() + ": " + answer.body());
		}
		List<String> actions = new java.util.ArrayList<>(StreamSupport.stream(answer.json().path("items").spliterator(), false)
			.map(entry -> entry.path("action").asText())
			.toList());
		java.util.Collections.reverse(actions);
		return actions;
	}
}
