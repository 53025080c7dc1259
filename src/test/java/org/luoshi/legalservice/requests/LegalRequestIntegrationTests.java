package org.luoshi.legalservice.requests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.luoshi.legalservice.ConflictCheck;
import org.luoshi.legalservice.LegalDirectory;
import org.luoshi.legalservice.Party;
import org.luoshi.legalservice.Practitioner;
import org.luoshi.legalservice.ServicePoint;
import org.luoshi.legalservice.requests.internal.LegalRequestService.PublicAsk;
import org.luoshi.legalservice.requests.internal.PublicRequestCodes;
import org.luoshi.shared.ValidationException;
import org.luoshi.support.ApiClient;
import org.luoshi.support.ApiClient.Answer;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * Requests at one stop through the API, as the counter, the office, a practitioner and an enterprise take them: the
 * scenario of issue 12, the refusals (each with its message, nothing changed), who sees what, the masking of personal
 * data, and the public form's one-time code.
 */
@IntegrationTest
class LegalRequestIntegrationTests {

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	LegalDirectory directory;

	@Autowired
	ConflictCheck conflicts;

	@Autowired
	PublicRequestCodes codes;

	@Autowired
	LegalRequestStatistics statistics;

	private ServicePoint point(String park) {
		return directory.points(true).stream().filter(p -> p.park().equals(park)).findFirst().orElseThrow();
	}

	private JsonNode make(ApiClient client, long pointId, String service, String name, String idNumber, List<Map<String, String>> parties) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("pointId", pointId);
		body.put("serviceCode", service);
		body.put("requesterKind", "EMPLOYEE");
		body.put("requesterName", name);
		body.put("phone", "13800138001");
		body.put("email", "worker@example.com");
		body.put("idNumber", idNumber);
		body.put("address", "江门市蓬江区棠下镇某路1号");
		body.put("matter", "被拖欠三个月工资，想了解如何维权。");
		body.put("parties", parties);
		Answer made = client.post("/api/v1/legal/requests", body);
		assertThat(made.status()).as(made.body()).isEqualTo(201);
		return made.json();
	}

	private static Map<String, Object> step(Object... pairs) {
		Map<String, Object> body = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			body.put((String) pairs[i], pairs[i + 1]);
		}
		return body;
	}

	private static List<String> codes(Answer answer) {
		List<String> found = new ArrayList<>();
		answer.json().get("errors").forEach(error -> found.add(error.get("code").asString()));
		return found;
	}

	private int version(long id) {
		return jdbc.sql("SELECT version FROM legal_request WHERE id = ?").param(id).query(Integer.class).single();
	}

	@Test
	void anEmployeesConsultationIsReferredToMediationAndClosedKeepingItsTicketClockAndHistory() {
		ApiClient counter = ApiClient.signIn(port, "demo-legal");
		ServicePoint tangxia = point("棠下产业园");
		JsonNode made = make(counter, tangxia.id(), "LEGAL_CONSULTATION", "李小红", "440703199001011234",
				List.of(Map.of("name", "江门市示例五金制品有限公司", "identifier", "91440703MA5EXAMPL1")));
		long id = made.get("id").asLong();
		String ticket = made.get("ticket").asString();
		String requestedAt = made.get("requestedAt").asString();
		assertThat(made.get("status").asString()).isEqualTo("WAITING");
		assertThat(ticket).matches("\\d{8}-\\d{3}");
		assertThat(counter.get("/api/v1/legal/requests/" + id + "/actions").json().get("steps").toString()).contains("CALL", "REFER", "WITHDRAW")
			.doesNotContain("CLOSE");

		assertThat(counter.post("/api/v1/legal/requests/" + id + "/call", null).status()).isEqualTo(200);
		Answer referred = counter.post("/api/v1/legal/requests/" + id + "/refer", step("serviceCode", "MEDIATION", "text", "双方愿意调解"));
		assertThat(referred.status()).as(referred.body()).isEqualTo(200);
		assertThat(referred.json().get("serviceCode").asString()).isEqualTo("MEDIATION");
		assertThat(referred.json().get("ticket").asString()).isEqualTo(ticket);
		assertThat(referred.json().get("requestedAt").asString()).as("the clock starts when the request was made").isEqualTo(requestedAt);
		assertThat(referred.json().get("referralCount").asInt()).isEqualTo(1);

		// The agreement before a session, and closing before the agreement, are refused.
		assertThat(counter.post("/api/v1/legal/requests/" + id + "/record-agreement", step("mediationOutcome", "AGREED", "text", "x")).status())
			.isEqualTo(409);
		assertThat(counter.post("/api/v1/legal/requests/" + id + "/close", step("text", "结束")).status()).isEqualTo(409);

		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		assertThat(counter.post("/api/v1/legal/requests/" + id + "/record-session",
				step("heldOn", today.minusDays(1).toString(), "text", "第一次调解，双方陈述。")).status()).isEqualTo(200);
		assertThat(counter.post("/api/v1/legal/requests/" + id + "/record-session",
				step("heldOn", today.toString(), "text", "第二次调解，企业同意分期支付。")).status()).isEqualTo(200);
		Answer agreed = counter.post("/api/v1/legal/requests/" + id + "/record-agreement", step("mediationOutcome", "AGREED", "text",
				"企业于两个月内分两期支付欠薪。", "judicialConfirmation", "已告知双方可于三十日内共同向人民法院申请司法确认。"));
		assertThat(agreed.status()).as(agreed.body()).isEqualTo(200);
		Answer closed = counter.post("/api/v1/legal/requests/" + id + "/close", step("text", "调解成功，达成协议。"));
		assertThat(closed.status()).as(closed.body()).isEqualTo(200);
		Answer rated = counter.post("/api/v1/legal/requests/" + id + "/rate", step("rating", 5));
		assertThat(rated.status()).as(rated.body()).isEqualTo(200);

		JsonNode request = counter.get("/api/v1/legal/requests/" + id).json();
		assertThat(request.get("status").asString()).isEqualTo("CLOSED");
		assertThat(request.get("ticket").asString()).isEqualTo(ticket);
		assertThat(request.get("requestedAt").asString()).isEqualTo(requestedAt);
		assertThat(request.get("sessions").size()).isEqualTo(2);
		assertThat(request.get("judicialConfirmation").asString()).contains("司法确认");
		List<String> kinds = new ArrayList<>();
		request.get("timeline").forEach(entry -> kinds.add(entry.get("kind").asString()));
		assertThat(kinds).as("one history across the referral")
			.containsExactly("made", "called", "referred", "session-recorded", "session-recorded", "agreement-recorded", "closed", "rated");
		assertThat(counter.post("/api/v1/legal/requests/" + id + "/withdraw", step("text", "x")).status()).isEqualTo(409);
	}

	@Test
	void aReferralToAServiceThePointDoesNotOfferIsRefusedAndChangesNothing() {
		ApiClient counter = ApiClient.signIn(port, "demo-legal");
		long id = make(counter, point("棠下产业园").id(), "LEGAL_CONSULTATION", "王强", null, List.of()).get("id").asLong();
		int before = version(id);
		Answer refused = counter.post("/api/v1/legal/requests/" + id + "/refer", step("serviceCode", "LAWYER_SERVICE"));
		assertThat(refused.status()).isEqualTo(400);
		assertThat(codes(refused)).containsExactly("legal.request.refer.not-offered");
		assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("棠下产业园公共法律服务工作站", "律师服务");
		assertThat(version(id)).isEqualTo(before);
		assertThat(counter.get("/api/v1/legal/requests/" + id).json().get("serviceCode").asString()).isEqualTo("LEGAL_CONSULTATION");
	}

	@Test
	void legalAidFailingTheRulesNeedsAnOverrideReasonWhichIsRecorded() {
		ApiClient counter = ApiClient.signIn(port, "demo-legal");
		long id = make(counter, point("棠下产业园").id(), "LEGAL_AID", "赵敏", null, List.of()).get("id").asLong();
		counter.post("/api/v1/legal/requests/" + id + "/call", null);
		int before = version(id);
		Answer refused = counter.post("/api/v1/legal/requests/" + id + "/screen",
				step("householdIncome", 12000, "householdSize", 3, "caseType", "CONTRACT_DISPUTE"));
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(codes(refused)).containsExactly("legal.request.aid.reason.income.fails", "legal.request.aid.override.required");
		assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("4000.00", "2030.00");
		assertThat(version(id)).as("nothing changed").isEqualTo(before);
		assertThat(jdbc.sql("SELECT aid_granted FROM legal_request WHERE id = ?").param(id).query(Boolean.class).optional()).isEmpty();

		Answer accepted = counter.post("/api/v1/legal/requests/" + id + "/screen", step("householdIncome", 12000, "householdSize", 3, "caseType",
				"CONTRACT_DISPUTE", "overrideReason", "申请人突发重病，家庭支出骤增。"));
		assertThat(accepted.status()).as(accepted.body()).isEqualTo(200);
		JsonNode screening = accepted.json().get("screening");
		assertThat(screening.get("eligible").asBoolean()).isFalse();
		assertThat(screening.get("granted").asBoolean()).isTrue();
		assertThat(screening.get("overrideReason").asString()).contains("突发重病");
		assertThat(accepted.json().get("timeline").get(2).get("kind").asString()).isEqualTo("screened-overridden");

		// A case type exempt from the means test passes whatever the income.
		long exempt = make(counter, point("棠下产业园").id(), "LEGAL_AID", "钱多", null, List.of()).get("id").asLong();
		counter.post("/api/v1/legal/requests/" + exempt + "/call", null);
		Answer wages = counter.post("/api/v1/legal/requests/" + exempt + "/screen", step("householdIncome", 30000, "householdSize", 2, "caseType",
				"WAGE_ARREARS"));
		assertThat(wages.status()).as(wages.body()).isEqualTo(200);
		assertThat(wages.json().get("screening").get("eligible").asBoolean()).isTrue();
	}

	@Test
	void aPractitionerWhoseFirmActedForTheOtherPartyIsRefusedToldWhyAndTheAssignedOneIsRecorded() {
		ApiClient counter = ApiClient.signIn(port, "demo-legal");
		Practitioner lin = directory.experts().stream().filter(p -> p.name().equals("林志明")).findFirst().orElseThrow();
		Practitioner chen = directory.experts().stream().filter(p -> p.name().equals("陈雅琪")).findFirst().orElseThrow();
		Practitioner huang = directory.experts().stream().filter(p -> p.name().equals("黄伟强")).findFirst().orElseThrow();
		String other = "江门市冲突测试电子有限公司" + System.nanoTime();
		conflicts.recordEngagement(chen.id(), new Party(other, null), "合同审查", "test", System.nanoTime(), LocalDate.of(2026, 5, 6));
		long id = make(counter, point("棠下产业园").id(), "LEGAL_CONSULTATION", "孙丽", null, List.of(Map.of("name", other))).get("id").asLong();
		counter.post("/api/v1/legal/requests/" + id + "/call", null);
		int before = version(id);
		Answer refused = counter.post("/api/v1/legal/requests/" + id + "/assign", step("practitionerId", lin.id()));
		assertThat(refused.status()).as(refused.body()).isEqualTo(400);
		assertThat(codes(refused)).containsExactly("legal.request.assign.conflict-firm");
		assertThat(refused.json().get("errors").get(0).get("message").asString()).contains("林志明", "陈雅琪", other, "合同审查");
		assertThat(version(id)).isEqualTo(before);

		Answer assigned = counter.post("/api/v1/legal/requests/" + id + "/assign", step("practitionerId", huang.id()));
		assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
		assertThat(jdbc.sql("SELECT count(*) FROM legal_engagement WHERE practitioner_id = ? AND source_kind = 'legal-request' AND source_id = ?")
			.params(huang.id(), id).query(Long.class).single()).as("the engagement for the requester is recorded").isPositive();
	}

	@Test
	void aFullSlotIsRefused() {
		ApiClient counter = ApiClient.signIn(port, "demo-legal");
		long pointId = point("棠下产业园").id();
		LocalDateTime start = LocalDateTime.now(java.time.ZoneId.of("Asia/Shanghai")).plusDays(20).withSecond(0).withNano(0)
			.withMinute((int) (System.nanoTime() % 60));
		Answer slot = counter.post("/api/v1/legal/requests/slots?pointId=" + pointId, step("startsAt", start.toString(), "minutes", 30, "capacity", 1));
		assertThat(slot.status()).as(slot.body()).isEqualTo(201);
		long slotId = slot.json().get("id").asLong();
		long first = make(counter, pointId, "LEGAL_CONSULTATION", "周一", null, List.of()).get("id").asLong();
		long second = make(counter, pointId, "LEGAL_CONSULTATION", "周二", null, List.of()).get("id").asLong();
		assertThat(counter.post("/api/v1/legal/requests/" + first + "/schedule", step("slotId", slotId)).status()).isEqualTo(200);
		int before = version(second);
		Answer full = counter.post("/api/v1/legal/requests/" + second + "/schedule", step("slotId", slotId));
		assertThat(full.status()).isEqualTo(400);
		assertThat(codes(full)).containsExactly("legal.request.slot.full");
		assertThat(full.json().get("errors").get(0).get("message").asString()).isEqualTo("该时段已约满（1 个名额），请选择其他时段。");
		Answer fullEn = counter.inLanguage("en").post("/api/v1/legal/requests/" + second + "/schedule", step("slotId", slotId));
		assertThat(fullEn.json().get("errors").get(0).get("message").asString()).isEqualTo("The slot is full (1 in all): choose another.");
		assertThat(version(second)).isEqualTo(before);
		assertThat(jdbc.sql("SELECT booked FROM legal_slot WHERE id = ?").param(slotId).query(Integer.class).single()).isEqualTo(1);
		// Withdrawn, the appointment gives its place back.
		assertThat(counter.post("/api/v1/legal/requests/" + first + "/withdraw", step("text", "另有安排")).status()).isEqualTo(200);
		assertThat(jdbc.sql("SELECT booked FROM legal_slot WHERE id = ?").param(slotId).query(Integer.class).single()).isZero();
	}

	@Test
	void eachSeesWhatTheRuleSaysAndPersonalDataOnlyThoseHandlingTheCase() {
		ApiClient counter = ApiClient.signIn(port, "demo-legal");
		JsonNode made = make(counter, point("棠下产业园").id(), "LEGAL_CONSULTATION", "吴芳", "440703199202023456", List.of());
		long id = made.get("id").asLong();
		assertThat(made.get("phone").asString()).isEqualTo("13800138001");
		assertThat(made.get("idNumber").asString()).isEqualTo("440703199202023456");

		ApiClient justice = ApiClient.signIn(port, "demo-justice");
		assertThat(justice.get("/api/v1/legal/requests/" + id).json().get("idNumber").asString()).isEqualTo("440703199202023456");
		ApiClient lawyer = ApiClient.signIn(port, "demo-lawyer");
		assertThat(lawyer.get("/api/v1/legal/requests/" + id).status()).as("not yet assigned to them").isEqualTo(404);
		assertThat(ApiClient.signIn(port, "demo-enterprise").get("/api/v1/legal/requests/" + id).status()).isEqualTo(404);
		assertThat(ApiClient.signIn(port, "demo-town").get("/api/v1/legal/requests/" + id).status()).isEqualTo(403);
		assertThat(ApiClient.signIn(port, "demo-town").get("/api/v1/legal/requests").status()).isEqualTo(403);
		assertThat(lawyer.post("/api/v1/legal/requests/" + id + "/call", null).status()).isEqualTo(404);

		counter.post("/api/v1/legal/requests/" + id + "/call", null);
		Practitioner lin = directory.practitionerOfAccount(jdbc.sql("SELECT id FROM account WHERE username = 'demo-lawyer'").query(Long.class).single())
			.orElseThrow();
		Answer assigned = counter.post("/api/v1/legal/requests/" + id + "/assign", step("practitionerId", lin.id()));
		assertThat(assigned.status()).as(assigned.body()).isEqualTo(200);
		JsonNode asLawyer = lawyer.get("/api/v1/legal/requests/" + id).json();
		assertThat(asLawyer.get("idNumber").asString()).isEqualTo("440703199202023456");
		assertThat(lawyer.get("/api/v1/legal/requests/" + id + "/actions").json().get("steps").toString()).contains("CLOSE").doesNotContain("ASSIGN");
		assertThat(lawyer.get("/api/v1/legal/requests").json().get("items").toString()).contains("\"id\":" + id);

		// Lists mask the phone whoever reads; the audit trail keeps masked values only.
		assertThat(counter.get("/api/v1/legal/requests?q=吴芳").json().get("items").get(0).get("maskedPhone").asString()).isEqualTo("138****8001");
		String audit = jdbc.sql("SELECT string_agg(changes::text, ' ') FROM audit_entry WHERE target_type = 'legal-request' AND target_id = ?")
			.param(String.valueOf(id)).query(String.class).single();
		assertThat(audit).contains("4407**********3456", "138****8001").doesNotContain("440703199202023456", "13800138001", "worker@example.com");
	}

	@Test
	void anEnterpriseFilesItsOwnRequestsAndSeesOnlyThemWithOthersDataMasked() {
		ApiClient enterprise = ApiClient.signIn(port, "demo-enterprise");
		Answer made = enterprise.post("/api/v1/legal/requests", step("pointId", point("棠下产业园").id(), "serviceCode", "LEGAL_CONSULTATION",
				"requesterKind", "WALK_IN", "enterpriseId", 999999, "matter", "劳动合同条款咨询", "phone", "13900139000",
				"parties", List.of(Map.of("name", "某员工", "identifier", "440703199303034567"))));
		assertThat(made.status()).as(made.body()).isEqualTo(201);
		JsonNode request = made.json();
		assertThat(request.get("requesterKind").asString()).isEqualTo("ENTERPRISE");
		assertThat(request.get("channel").asString()).isEqualTo("ONLINE");
		assertThat(request.get("enterpriseName").asString()).isEqualTo("朝光通信有限公司");
		assertThat(request.get("parties").get(0).get("identifier").asString()).isEqualTo("4407**********4567");
		assertThat(request.get("phone").asString()).isEqualTo("139****9000");
		long id = request.get("id").asLong();
		assertThat(enterprise.get("/api/v1/legal/requests").json().get("items").findValuesAsString("requesterKind")).containsOnly("ENTERPRISE");
		// The point's staff see it with the data in full and are told of it.
		assertThat(ApiClient.signIn(port, "demo-legal").get("/api/v1/legal/requests/" + id).json().get("phone").asString()).isEqualTo("13900139000");
		// The enterprise may not call its own ticket.
		assertThat(enterprise.post("/api/v1/legal/requests/" + id + "/call", null).status()).isEqualTo(403);
		assertThat(enterprise.post("/api/v1/legal/requests/" + id + "/withdraw", step("text", "已自行解决")).status()).isEqualTo(200);
	}

	@Test
	void thePublicFormMailsACodeThatIsKeptHashedExpiresAndAllowsAFewTries() {
		ServicePoint tangxia = point("棠下产业园");
		String email = "employee" + System.nanoTime() + "@example.com";
		String token = codes.start(new PublicAsk(tangxia.id(), "MEDIATION", "陈工", "13712345678", email, "与公司就加班费有争议。"), "192.0.2.1", Locale.CHINA);
		String body = jdbc.sql("SELECT body FROM mail_outbox WHERE recipient = ?").param(email).query(String.class).single();
		Matcher sent = Pattern.compile("验证码是 (\\d{6})").matcher(body);
		assertThat(sent.find()).as(body).isTrue();
		String code = sent.group(1);
		assertThat(jdbc.sql("SELECT code_hash FROM legal_request_code WHERE token = ?").param(token).query(String.class).single())
			.as("kept hashed").hasSize(64).doesNotContain(code);

		String wrong = code.equals("000000") ? "111111" : "000000";
		PublicRequestCodes.Confirmation miss = codes.confirm(token, wrong);
		assertThat(miss.outcome()).isEqualTo(PublicRequestCodes.Outcome.WRONG);
		assertThat(miss.attemptsLeft()).isEqualTo(4);
		PublicRequestCodes.Confirmation hit = codes.confirm(token, code);
		assertThat(hit.outcome()).isEqualTo(PublicRequestCodes.Outcome.MADE);
		assertThat(hit.request().ticket()).matches("\\d{8}-\\d{3}");
		assertThat(hit.request().emailVerified()).isTrue();
		assertThat(codes.confirm(token, code).outcome()).as("used once").isEqualTo(PublicRequestCodes.Outcome.UNKNOWN);

		String other = codes.start(new PublicAsk(tangxia.id(), "MEDIATION", "陈工", "13712345678", email, "再问一件事。"), "192.0.2.1", Locale.CHINA);
		for (int i = 0; i < 4; i++) {
			assertThat(codes.confirm(other, "abc").outcome()).isEqualTo(PublicRequestCodes.Outcome.WRONG);
		}
		assertThat(codes.confirm(other, "abc").outcome()).isEqualTo(PublicRequestCodes.Outcome.EXHAUSTED);
		jdbc.sql("UPDATE legal_request_code SET attempts = 0, expires_at = now() - interval '1 minute' WHERE token = ?").param(other).update();
		assertThat(codes.confirm(other, "123456").outcome()).isEqualTo(PublicRequestCodes.Outcome.EXPIRED);
	}

	@Test
	void oneClientCannotHaveCodesMailedToAddressAfterAddress() {
		ServicePoint tangxia = point("棠下产业园");
		String client = "198.51.100." + (System.nanoTime() % 250);
		String run = String.valueOf(System.nanoTime());
		for (int i = 0; i < 10; i++) {
			codes.start(new PublicAsk(tangxia.id(), "MEDIATION", "陈工", "13712345678", "flood" + i + "-" + run + "@example.com", "咨询劳动合同。"),
					client, Locale.CHINA);
		}
		String eleventh = "flood10-" + run + "@example.com";
		assertThatThrownBy(() -> codes.start(new PublicAsk(tangxia.id(), "MEDIATION", "陈工", "13712345678", eleventh, "咨询劳动合同。"), client,
				Locale.CHINA))
			.isInstanceOfSatisfying(ValidationException.class, e -> assertThat(e.violations()).singleElement()
				.satisfies(v -> assertThat(v.messageKey()).isEqualTo("legal.request.code.too-many-from-here")));
		assertThat(jdbc.sql("SELECT count(*) FROM mail_outbox WHERE recipient = ?").param(eleventh).query(Long.class).single()).isZero();
		assertThat(jdbc.sql("SELECT count(*) FROM legal_request_code WHERE client_hash LIKE '%' || ? || '%'").param(client).query(Long.class).single())
			.as("the address itself is not kept").isZero();
		// Another client is not held up by this one.
		codes.start(new PublicAsk(tangxia.id(), "MEDIATION", "陈工", "13712345678", eleventh, "咨询劳动合同。"), "203.0.113.9", Locale.CHINA);
		assertThat(jdbc.sql("SELECT count(*) FROM mail_outbox WHERE recipient = ?").param(eleventh).query(Long.class).single()).isEqualTo(1);
	}

	@Test
	void statisticsCountReceivedClosedAndSatisfactionPerPointServiceAndMonth() {
		LocalDate today = LocalDate.now(java.time.ZoneId.of("Asia/Shanghai"));
		ServicePoint hetang = point("荷塘康溪产业园");
		List<LegalRequestStatistics.Row> before = statistics.counts(today.withDayOfMonth(1), today);
		ApiClient office = ApiClient.signIn(port, "demo-justice");
		long id = make(office, hetang.id(), "NOTARIZATION", "统计测试", null, List.of()).get("id").asLong();
		office.post("/api/v1/legal/requests/" + id + "/call", null);
		office.post("/api/v1/legal/requests/" + id + "/close", step("text", "已办理"));
		assertThat(office.post("/api/v1/legal/requests/" + id + "/rate", step("rating", 3)).status()).isEqualTo(200);

		LegalRequestStatistics.Row row = statistics.counts(today.withDayOfMonth(1), today).stream()
			.filter(r -> r.pointId() == hetang.id() && r.serviceCode().equals("NOTARIZATION")).findFirst().orElseThrow();
		long receivedBefore = before.stream().filter(r -> r.pointId() == hetang.id() && r.serviceCode().equals("NOTARIZATION"))
			.mapToLong(LegalRequestStatistics.Row::received).sum();
		assertThat(row.month()).isEqualTo(java.time.YearMonth.from(today));
		assertThat(row.received()).isEqualTo(receivedBefore + 1);
		assertThat(row.closed()).isGreaterThanOrEqualTo(1);
		assertThat(row.averageRating()).isNotNull();
		assertThat(statistics.counts(today.minusYears(3), today.minusYears(2))).isEmpty();
	}

	@Test
	void thePointsStaffAreToldOfANewRequestWithoutItsPersonalDataAndSearchAdmitsTheOfficeOnly() {
		ApiClient counter = ApiClient.signIn(port, "demo-justice");
		String name = "通知测试" + System.nanoTime() % 100000;
		long id = make(counter, point("棠下产业园").id(), "LEGAL_CONSULTATION", name, "440703199404045678", List.of()).get("id").asLong();
		long legal = jdbc.sql("SELECT id FROM account WHERE username = 'demo-legal'").query(Long.class).single();
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(20)).until(() -> jdbc.sql("""
				SELECT count(*) FROM inbox_item i JOIN notification n ON n.id = i.notification_id
				WHERE i.account_id = ? AND n.link = ?""").params(legal, "/legal/requests/" + id).query(Long.class).single() > 0);
		String notified = jdbc.sql("SELECT message_key || message_arguments::text || coalesce(detail, '') FROM notification WHERE link = ?")
			.param("/legal/requests/" + id).query(String.class).single();
		assertThat(notified).startsWith("legal.request.notify.made").doesNotContain("13800138001", "440703199404045678");

		assertThat(counter.get("/api/v1/search?q=" + java.net.URLEncoder.encode(name, java.nio.charset.StandardCharsets.UTF_8)).json()
			.get("items").toString()).contains("/legal/requests/" + id);
		assertThat(ApiClient.signIn(port, "demo-lawyer").get("/api/v1/search?q=" + java.net.URLEncoder.encode(name,
				java.nio.charset.StandardCharsets.UTF_8)).json().get("items").toString()).doesNotContain("/legal/requests/" + id);
	}
}
