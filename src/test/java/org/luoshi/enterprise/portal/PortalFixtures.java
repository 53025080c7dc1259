package org.luoshi.enterprise.portal;

import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;

import org.luoshi.support.PageSession;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The portal's test helpers: registering as an anonymous visitor does, and the towns' people the demo data lacks. */
final class PortalFixtures {

	static final String PASSWORD = "Qiye-Portal-2026";

	private PortalFixtures() {
	}

	/** Posts the registration form as a visitor who has not signed in. */
	static HttpResponse<byte[]> register(int port, String code, String contact, String phone, String password, String confirmation,
			boolean consent) {
		Map<String, String> fields = new LinkedHashMap<>();
		fields.put("creditCode", code);
		fields.put("contactName", contact);
		fields.put("phone", phone);
		fields.put("password", password);
		fields.put("confirmation", confirmation);
		if (consent) {
			fields.put("consent", "true");
		}
		return PageSession.anonymous(port).post("/portal/register", fields);
	}

	/** A town's handler: the demo data has demo-town for 棠下镇 only, so the test opens one for another town (once). */
	static String townHandler(JdbcClient jdbc, String town) {
		String username = "test-town-" + Math.abs(town.hashCode());
		if (jdbc.sql("SELECT count(*) FROM account WHERE username = ?").param(username).query(Long.class).single() == 0) {
			long unit = jdbc.sql("SELECT id FROM unit WHERE short_name = ?").param(town).query(Long.class).single();
			String hash = jdbc.sql("SELECT password_hash FROM account WHERE username = 'demo-town'").query(String.class).single();
			long id = jdbc.sql("INSERT INTO account (username, display_name, password_hash, scope_unit_id) VALUES (?, ?, ?, ?) RETURNING id")
				.params(username, town + "经办人", hash, unit).query(Long.class).single();
			jdbc.sql("INSERT INTO account_role (account_id, role) VALUES (?, 'UNIT_HANDLER')").param(id).update();
		}
		return username;
	}

	static long accountId(JdbcClient jdbc, String username) {
		return jdbc.sql("SELECT id FROM account WHERE username = ?").param(username).query(Long.class).single();
	}

	/** The number's newest registration: a refused applicant may have registered again. */
	static long registrationId(JdbcClient jdbc, String phone) {
		return jdbc.sql("SELECT id FROM portal_registration WHERE phone = ? ORDER BY id DESC LIMIT 1").param(phone).query(Long.class).single();
	}
}
