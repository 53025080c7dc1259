package org.luoshi.legalservice.internal;

import java.util.List;

import org.luoshi.enterprise.CreditCode;
import org.luoshi.identity.AccountDirectory;
import org.luoshi.identity.AccountSummary;
import org.luoshi.shared.database.DemoDataLoader;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The four parks' service points the seed names (蓬江产业园, where the lecture was held; 棠下产业园, 荷塘康溪产业园 and
 * 火炬园, where the six services are brought to one stop), demo-legal on the 棠下 counter, and providers with their
 * practitioners — invented names marked as such — four lawyers of whom form the expert group, demo-lawyer one of them.
 */
@Component
class LegalDemoData implements DemoDataLoader {

	static final String INVENTED = "（演示数据）";
	private static final String HOURS = "周一至周五 9:00–12:00，14:30–17:30";
	private static final List<String> SIX = List.of("LEGAL_PUBLICITY", "NOTARIZATION", "LEGAL_CONSULTATION", "JUDICIAL_APPRAISAL",
			"MEDIATION", "LEGAL_AID");

	private final JdbcClient jdbc;
	private final AccountDirectory accounts;

	LegalDemoData(JdbcClient jdbc, AccountDirectory accounts) {
		this.jdbc = jdbc;
		this.accounts = accounts;
	}

	@Override
	public int order() {
		return 70;
	}

	@Override
	public void load() {
		if (jdbc.sql("SELECT count(*) FROM legal_point").query(Long.class).single() > 0) {
			return;
		}
		long pengjiang = point("蓬江产业园公共法律服务工作站", "蓬江产业园", "440703101", "蓬江产业园企业服务中心一楼" + INVENTED,
				List.of("LEGAL_PUBLICITY", "LEGAL_CONSULTATION", "MEDIATION", "LEGAL_AID"));
		long tangxia = point("棠下产业园公共法律服务工作站", "棠下产业园", "440703101", "棠下产业园党群服务中心二楼" + INVENTED, SIX);
		point("荷塘康溪产业园公共法律服务工作站", "荷塘康溪产业园", "440703102", "荷塘康溪产业园管理服务中心一楼" + INVENTED, SIX);
		point("火炬园公共法律服务工作站", "火炬园", null, "火炬园综合服务大楼一楼" + INVENTED, SIX);
		staff(tangxia, "demo-legal");
		staff(pengjiang, "demo-justice");

		long firmA = provider("LAW_FIRM", "广东蓬和律师事务所" + INVENTED, "31440000MD0000001",
				List.of("LEGAL_CONSULTATION", "LAWYER_SERVICE", "LEGAL_ADVISER", "MEDIATION"));
		long firmB = provider("LAW_FIRM", "广东江滨律师事务所" + INVENTED, "31440000MD0000002",
				List.of("LEGAL_CONSULTATION", "LAWYER_SERVICE", "LEGAL_ADVISER"));
		long notary = provider("NOTARY_OFFICE", "蓬江区公证处" + INVENTED, "12440703MB0000003", List.of("NOTARIZATION"));
		long committee = provider("MEDIATION_COMMITTEE", "棠下镇人民调解委员会" + INVENTED, "53440703MJ0000004", List.of("MEDIATION"));
		long aid = provider("LEGAL_AID_CENTRE", "蓬江区法律援助处" + INVENTED, "11440703MB0000005", List.of("LEGAL_AID", "LEGAL_CONSULTATION"));
		long appraisal = provider("APPRAISAL_INSTITUTION", "江门市示例司法鉴定所" + INVENTED, "52440700MJ0000006", List.of("JUDICIAL_APPRAISAL"));

		practitioner(firmA, "林志明", "14407201810000001", List.of("劳动用工", "合同纠纷"), "demo-lawyer", true);
		practitioner(firmA, "陈雅琪", "14407201610000002", List.of("知识产权", "公司治理"), null, true);
		practitioner(firmB, "黄伟强", "14407201410000003", List.of("建设工程", "金融借贷"), null, true);
		practitioner(firmB, "刘婉婷", "14407201910000004", List.of("劳动用工", "涉外贸易"), null, true);
		practitioner(notary, "罗秀英", null, List.of("合同公证", "证据保全"), null, false);
		practitioner(committee, "梁志坚", null, List.of("劳动争议", "邻里纠纷"), null, false);
		practitioner(aid, "张丽", null, List.of("法律援助审查"), null, false);
		practitioner(appraisal, "周海峰", null, List.of("文书鉴定"), null, false);
	}

	private long point(String name, String park, String divisionCode, String address, List<String> services) {
		long id = jdbc.sql("""
				INSERT INTO legal_point (name, park, division_code, address, opening_hours, phone)
				VALUES (?, ?, ?, ?, ?, '0750-0000000') RETURNING id""")
			.params(name, park, divisionCode, address, HOURS).query(Long.class).single();
		services.forEach(code -> jdbc.sql("INSERT INTO legal_point_service (point_id, service_code) VALUES (?, ?)").params(id, code).update());
		return id;
	}

	private void staff(long pointId, String username) {
		accounts.findByUsername(username).map(AccountSummary::id).ifPresent(account -> jdbc
			.sql("INSERT INTO legal_point_staff (point_id, account_id) VALUES (?, ?) ON CONFLICT DO NOTHING").params(pointId, account).update());
	}

	private long provider(String kind, String name, String firstSeventeen, List<String> services) {
		long id = jdbc.sql("INSERT INTO legal_provider (kind, name, credit_code, address, phone) VALUES (?, ?, ?, '江门市蓬江区', '0750-0000000') RETURNING id")
			.params(kind, name, CreditCode.of(firstSeventeen).value()).query(Long.class).single();
		services.forEach(code -> jdbc.sql("INSERT INTO legal_provider_service (provider_id, service_code) VALUES (?, ?)").params(id, code).update());
		return id;
	}

	private void practitioner(long providerId, String name, String licence, List<String> specialties, String username, boolean expert) {
		Long account = username == null ? null : accounts.findByUsername(username).map(AccountSummary::id).orElse(null);
		jdbc.sql("""
				INSERT INTO legal_practitioner (provider_id, name, licence_no, phone, specialties, account_id, expert)
				VALUES (?, ?, ?, '13800000000', ?, ?, ?)""")
			.params(providerId, name, licence, specialties.toArray(String[]::new), account, expert).update();
	}
}
