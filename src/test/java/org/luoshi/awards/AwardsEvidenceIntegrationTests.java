package org.luoshi.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.luoshi.awards.internal.AwardCommands.AwardStepInput;
import org.luoshi.awards.internal.AwardCommands.CreateCampaign;
import org.luoshi.awards.internal.AwardCommands.EvidenceUpload;
import org.luoshi.awards.internal.AwardCommands.NewCriterion;
import org.luoshi.awards.internal.AwardCommands.NewEvidenceItem;
import org.luoshi.awards.internal.AwardCommands.NewRound;
import org.luoshi.awards.internal.AwardCommands.Nominate;
import org.luoshi.awards.internal.AwardService;
import org.luoshi.awards.internal.Campaign;
import org.luoshi.awards.internal.EvidenceFiles;
import org.luoshi.awards.internal.Nomination;
import org.luoshi.awards.internal.NominationLifecycle;
import org.luoshi.identity.AccountDirectory;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.shared.Actor;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.files.FileTypes;
import org.luoshi.shared.web.Times;
import org.luoshi.support.ApiClient;
import org.luoshi.support.ApiClient.Answer;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.luoshi.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

import tools.jackson.databind.JsonNode;

/**
 * The evidence of a nomination on PostgreSQL, through the API, the pages and the services: a campaign declares its items
 * (each mistake under its entry, an item with files kept by its name); a town attaches files to its nomination — checked
 * by content, size and count, a refusal changing nothing —, downloads them and removes one, each step on the timeline
 * and in the audit trail; a file of a nomination one cannot see is not found; and the office's qualification is refused,
 * naming each missing required item, until the files are there.
 */
@IntegrationTest
class AwardsEvidenceIntegrationTests {

	private static final byte[] PDF = "%PDF-1.7\n%âãÏÓ\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
	private static final byte[] EXECUTABLE = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0 };

	@LocalServerPort
	int port;

	@Autowired
	AwardService awards;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	OrganizationDirectory organization;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Messages messages;

	@Autowired
	Times times;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Test
	void aCampaignDeclaresItsEvidenceItemsEachMistakeNamedByItsEntry() {
		ApiClient office = ApiClient.signIn(port, "demo-awards");
		long before = count("award_campaign");
		Map<String, Object> bad = CampaignJson.campaign("材料接口测试" + System.nanoTime(), times.today().minusDays(1), times.today().plusDays(5));
		bad.put("evidence", List.of(Map.of("name", "推荐表", "required", true), Map.of("name", " "), Map.of("name", "推荐表"),
				Map.of("name", "材".repeat(101))));
		Answer refused = office.inLanguage("en").post("/api/v1/awards/campaigns", bad);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(problems(refused)).contains("evidence[1]: " + messages.en("awards.required"),
				"evidence[2]: " + messages.en("awards.campaign.evidence.twice", "推荐表"), "evidence[3]: " + messages.en("awards.text.too-long", 100))
			.noneMatch(problem -> problem.startsWith("evidence[0]"));
		List<Map<String, Object>> many = new ArrayList<>();
		for (int i = 0; i < 21; i++) {
			many.add(Map.of("name", "材料" + i, "required", false));
		}
		bad.put("evidence", many);
		assertThat(problems(office.post("/api/v1/awards/campaigns", bad))).containsExactly("evidence: " + messages.zh("awards.campaign.evidence.too-many", 20));
		assertThat(count("award_campaign")).isEqualTo(before);

		Map<String, Object> good = CampaignJson.campaign("材料接口测试" + System.nanoTime(), times.today().minusDays(1), times.today().plusDays(5));
		good.put("evidence", List.of(Map.of("name", "推荐表", "required", true), Map.of("name", "事迹材料")));
		Answer created = office.post("/api/v1/awards/campaigns", good);
		assertThat(created.status()).as(created.body()).isEqualTo(201);
		JsonNode evidence = created.json().get("evidence");
		assertThat(evidence).hasSize(2);
		assertThat(evidence.get(0).get("name").asString()).isEqualTo("推荐表");
		assertThat(evidence.get(0).get("required").asBoolean()).isTrue();
		assertThat(evidence.get(1).get("required").asBoolean()).isFalse();
		assertThat(evidence.get(1).get("position").asInt()).isEqualTo(2);
	}

	@Test
	void anItemWithFilesKeepsItsNameWhileTheOthersChangeFreely() {
		Campaign campaign = campaign("材料修改测试" + System.nanoTime());
		Nomination nomination = nominate(campaign);
		awards.attachEvidence(nomination.id(), new EvidenceUpload(item(campaign, "推荐表"), "推荐表.pdf", PDF), town());
		ApiClient office = ApiClient.signIn(port, "demo-awards");
		Map<String, Object> edit = CampaignJson.campaign(campaign.title(), times.today().minusDays(1), times.today().plusDays(5));
		edit.put("evidence", List.of(Map.of("name", "事迹材料", "required", true)));
		int version = office.get("/api/v1/awards/campaigns/" + campaign.id()).json().get("version").asInt();

		Answer refused = office.put("/api/v1/awards/campaigns/" + campaign.id(), edit);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(problems(refused)).containsExactly("evidence: " + messages.zh("awards.campaign.evidence.has-files", "推荐表"));
		assertThat(office.get("/api/v1/awards/campaigns/" + campaign.id()).json().get("version").asInt()).isEqualTo(version);

		// The item with a file keeps its name and becomes optional; the one without files is renamed; one is added.
		edit.put("evidence", List.of(Map.of("name", "集体事迹材料", "required", true), Map.of("name", "推荐表", "required", false),
				Map.of("name", "照片")));
		Answer edited = office.put("/api/v1/awards/campaigns/" + campaign.id(), edit);
		assertThat(edited.status()).as(edited.body()).isEqualTo(200);
		assertThat(edited.json().get("evidence").toString()).contains("集体事迹材料", "照片");
		JsonNode checklist = ApiClient.signIn(port, "demo-town").get("/api/v1/awards/nominations/" + nomination.id()).json().get("checklist");
		assertThat(checklist.get(1).get("name").asString()).isEqualTo("推荐表");
		assertThat(checklist.get(1).get("required").asBoolean()).isFalse();
		assertThat(checklist.get(1).get("files").get(0).get("name").asString()).isEqualTo("推荐表.pdf");
		assertThat(checklist.get(0).get("missing").asBoolean()).isTrue();
		assertThat(jdbc.sql("SELECT changes->'evidence'->>'after' FROM audit_entry WHERE action = 'awards.campaign.edited' AND target_id = ?")
			.param(String.valueOf(campaign.id())).query(String.class).single()).isEqualTo("[集体事迹材料 *, 推荐表, 照片]");
	}

	/**
	 * A file attached while the office's edit removing its item is under way waits for the edit (which holds the campaign's
	 * nominations) and is then refused in words, the item being gone, not by the database.
	 */
	@Test
	void aFileAttachedWhileAnEditRemovesItsItemWaitsAndIsRefusedInWords() throws Exception {
		Campaign campaign = campaign("材料并发测试" + System.nanoTime());
		Nomination nomination = nominate(campaign);
		long honours = item(campaign, "荣誉证明");
		CreateCampaign withoutHonours = new CreateCampaign(campaign.title(), campaign.year(), campaign.level(), campaign.organiser(), null, null,
				List.of(new NewEvidenceItem("推荐表", true), new NewEvidenceItem("事迹材料", true)), 1, 2, Campaign.TieRule.EARLIER, 5,
				Map.of(Campaign.RuleKind.MAX_AVERAGE_AGE, new BigDecimal("35")), List.of(new NewCriterion("成效", 100, 10)),
				List.of(new NewRound(Campaign.RoundKind.NOMINATION, times.today().minusDays(1), times.today().plusDays(5))));
		java.util.concurrent.CountDownLatch edited = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.CountDownLatch commit = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			java.util.concurrent.Future<?> edit = threads.submit(() -> transactions.executeWithoutResult(status -> {
				awards.updateCampaign(campaign.id(), withoutHonours, null, office());
				edited.countDown();
				await(commit);
			}));
			assertThat(edited.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
			java.util.concurrent.Future<?> attach = threads.submit(
					() -> awards.attachEvidence(nomination.id(), new EvidenceUpload(honours, "荣誉证书.pdf", PDF), town()));
			Thread.sleep(500);
			assertThat(attach.isDone()).as("the attachment waits for the edit under way").isFalse();
			commit.countDown();
			edit.get(30, java.util.concurrent.TimeUnit.SECONDS);
			assertThatThrownBy(() -> attach.get(30, java.util.concurrent.TimeUnit.SECONDS)).cause()
				.isInstanceOf(ValidationException.class)
				.satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(v -> v.messageKey())
					.containsExactly("awards.evidence.item.unknown"));
		}
		finally {
			commit.countDown();
			threads.shutdownNow();
		}
		assertThat(jdbc.sql("SELECT count(*) FROM award_evidence_file WHERE nomination_id = ?").param(nomination.id()).query(Long.class).single())
			.isZero();
	}

	/**
	 * A nomination submitted while the office is closing nominations waits for the close and is then refused
	 * (`awards.campaign.nominations-closed`), so no collective enters a round already closed. Before, the nomination read
	 * the campaign's stage without holding the campaign and was stored after the close.
	 */
	@Test
	void aNominationSubmittedWhileNominationsCloseWaitsAndIsRefused() throws Exception {
		Campaign campaign = campaign("截止并发测试" + System.nanoTime());
		java.util.concurrent.CountDownLatch closed = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.CountDownLatch commit = new java.util.concurrent.CountDownLatch(1);
		java.util.concurrent.ExecutorService threads = java.util.concurrent.Executors.newFixedThreadPool(2);
		try {
			java.util.concurrent.Future<?> close = threads.submit(() -> transactions.executeWithoutResult(status -> {
				awards.takeCampaign(campaign.id(), org.luoshi.awards.internal.CampaignLifecycle.Step.CLOSE_NOMINATIONS, null, office());
				closed.countDown();
				await(commit);
			}));
			assertThat(closed.await(30, java.util.concurrent.TimeUnit.SECONDS)).isTrue();
			java.util.concurrent.Future<Nomination> nominate = threads.submit(() -> nominate(campaign));
			Thread.sleep(500);
			assertThat(nominate.isDone()).as("the nomination waits for the close under way").isFalse();
			commit.countDown();
			close.get(30, java.util.concurrent.TimeUnit.SECONDS);
			assertThatThrownBy(() -> nominate.get(30, java.util.concurrent.TimeUnit.SECONDS)).cause()
				.isInstanceOf(org.luoshi.shared.ConflictException.class).hasMessageContaining("awards.campaign.nominations-closed");
		}
		finally {
			commit.countDown();
			threads.shutdownNow();
		}
		assertThat(jdbc.sql("SELECT count(*) FROM award_nomination WHERE campaign_id = ?").param(campaign.id()).query(Long.class).single())
			.isZero();
	}

	private static void await(java.util.concurrent.CountDownLatch latch) {
		try {
			latch.await(30, java.util.concurrent.TimeUnit.SECONDS);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void qualificationIsRefusedNamingEachMissingRequiredItemUntilTheFilesAreThere() {
		Campaign campaign = campaign("资格材料测试" + System.nanoTime());
		Nomination incomplete = nominate(campaign);
		Nomination complete = nominate(campaign, "荷塘镇", "荷塘镇");
		awards.attachEvidence(incomplete.id(), new EvidenceUpload(item(campaign, "荣誉证明"), "证书.png", png()), town());
		awards.attachEvidence(complete.id(), new EvidenceUpload(item(campaign, "推荐表"), "推荐表.pdf", PDF), office());
		awards.attachEvidence(complete.id(), new EvidenceUpload(item(campaign, "事迹材料"), "事迹.pdf", PDF), office());
		Actor office = office();
		awards.confirmRound(campaign.id(), office);
		ApiClient api = ApiClient.signIn(port, "demo-awards");
		long auditBefore = audited("awards.nomination.qualified", incomplete.id());
		int versionBefore = version(incomplete.id());

		assertThat(actions(api, incomplete.id())).contains("DISQUALIFY").doesNotContain("QUALIFY");
		Answer refused = api.inLanguage("en").post("/api/v1/awards/nominations/" + incomplete.id() + "/steps/qualify", null);
		assertThat(refused.status()).isEqualTo(400);
		assertThat(problems(refused)).containsExactly("evidence: " + messages.en("awards.evidence.missing", "推荐表"),
				"evidence: " + messages.en("awards.evidence.missing", "事迹材料"));
		assertThat(api.post("/api/v1/awards/nominations/" + incomplete.id() + "/steps/qualify", null).body())
			.contains(messages.zh("awards.evidence.missing", "推荐表"), messages.zh("awards.evidence.missing", "事迹材料"));
		assertThat(status(incomplete.id())).isEqualTo("SUBMITTED");
		assertThat(audited("awards.nomination.qualified", incomplete.id())).isEqualTo(auditBefore);
		assertThat(version(incomplete.id())).isEqualTo(versionBefore);

		// Nominations are closed: the file cannot come any more; the office sees why on the pages and disqualifies.
		Answer late = ApiClient.signIn(port, "demo-town").upload("/api/v1/awards/nominations/" + incomplete.id() + "/evidence",
				Map.of("item", String.valueOf(item(campaign, "推荐表"))), "推荐表.pdf", PDF);
		assertThat(late.status()).isEqualTo(409);
		PageSession pages = PageSession.signIn(port, "demo-awards");
		String campaignPage = PageSession.text(pages.get("/awards/campaigns/" + campaign.id()));
		assertThat(PageSession.between(campaignPage, "id=\"campaign-nominations\"", "id=\"campaign-actions\"")).contains("nomination-incomplete",
				messages.zh("awards.evidence.missing-list", "推荐表、事迹材料"));
		String page = PageSession.text(pages.get("/awards/nominations/" + incomplete.id()));
		assertThat(page).contains("nomination-qualify-blocked", "data-missing=\"true\"").doesNotContain("id=\"nomination-qualify\"");

		Answer qualified = api.post("/api/v1/awards/nominations/" + complete.id() + "/steps/qualify", null);
		assertThat(qualified.status()).as(qualified.body()).isEqualTo(200);
		assertThat(qualified.json().get("status").asString()).isEqualTo("QUALIFIED");
	}

	@Test
	void uploadsAreCheckedByContentSizeAndCountAndARefusalChangesNothing() {
		Campaign campaign = campaign("材料检查测试" + System.nanoTime());
		Nomination nomination = nominate(campaign);
		ApiClient town = ApiClient.signIn(port, "demo-town");
		String path = "/api/v1/awards/nominations/" + nomination.id() + "/evidence";
		Map<String, String> item = Map.of("item", String.valueOf(item(campaign, "推荐表")));
		long files = count("award_evidence_file");
		long entries = timeline(nomination.id());

		assertThat(problems(town.upload(path, item, "推荐表.pdf", EXECUTABLE)))
			.containsExactly("file: " + messages.zh("awards.evidence.file.mismatch", "推荐表.pdf", "pdf"));
		assertThat(problems(town.inLanguage("en").upload(path, item, "说明.txt", "纯文本".getBytes(StandardCharsets.UTF_8))))
			.containsExactly("file: " + messages.en("awards.evidence.file.type", "说明.txt", EvidenceFiles.extensions("、")));
		assertThat(EvidenceFiles.extensions("、")).contains("pdf", "docx", "xlsx", "png", "jpg", "ofd").doesNotContain("txt");
		assertThat(FileTypes.acceptedExtensions()).contains("txt");
		byte[] large = new byte[(int) (10 * 1024 * 1024 + 1)];
		System.arraycopy(PDF, 0, large, 0, PDF.length);
		// A file over the limit answers 413, as the platform answers every upload too large.
		Answer tooLarge = town.upload(path, item, "扫描件.pdf", large);
		assertThat(tooLarge.status()).isEqualTo(413);
		assertThat(tooLarge.json().get("detail").asString()).isEqualTo(messages.zh("awards.evidence.file.too-large", "扫描件.pdf", 10));
		assertThat(problems(town.upload(path, Map.of(), "推荐表.pdf", PDF))).containsExactly("item: " + messages.zh("awards.evidence.item.unknown"));
		Campaign other = campaign("材料检查另一评选" + System.nanoTime());
		assertThat(problems(town.upload(path, Map.of("item", String.valueOf(item(other, "推荐表"))), "推荐表.pdf", PDF)))
			.containsExactly("item: " + messages.zh("awards.evidence.item.unknown"));
		assertThat(count("award_evidence_file")).isEqualTo(files);
		assertThat(timeline(nomination.id())).isEqualTo(entries);

		for (int i = 0; i < EvidenceFiles.MAX_FILES; i++) {
			awards.attachEvidence(nomination.id(), new EvidenceUpload(item(campaign, "事迹材料"), "第" + i + "页.pdf", PDF), town());
		}
		assertThat(actions(town, nomination.id())).doesNotContain("ATTACH_EVIDENCE").contains("REMOVE_EVIDENCE", "WITHDRAW");
		Answer tooMany = town.upload(path, item, "推荐表.pdf", PDF);
		assertThat(problems(tooMany)).containsExactly("file: " + messages.zh("awards.evidence.count", 20));
		assertThat(count("award_evidence_file")).isEqualTo(files + EvidenceFiles.MAX_FILES);
		assertThat(timeline(nomination.id())).isEqualTo(entries + EvidenceFiles.MAX_FILES);
	}

	@Test
	void aFileIsAttachedDownloadedAndRemovedOnTheTimelineAndInTheAuditTrail() {
		Campaign campaign = campaign("材料上传测试" + System.nanoTime());
		Nomination nomination = nominate(campaign);
		ApiClient town = ApiClient.signIn(port, "demo-town");

		Answer attached = town.upload("/api/v1/awards/nominations/" + nomination.id() + "/evidence",
				Map.of("item", String.valueOf(item(campaign, "推荐表"))), "推荐表（盖章）.pdf", PDF);
		assertThat(attached.status()).as(attached.body()).isEqualTo(201);
		long fileId = attached.json().get("id").asLong();
		String sha256 = attached.json().get("sha256").asString();
		assertThat(attached.json().get("contentType").asString()).isEqualTo("application/pdf");
		assertThat(attached.json().get("size").asLong()).isEqualTo(PDF.length);
		assertThat(attached.json().get("uploadedByName").asString()).isNotBlank();

		JsonNode entry = jdbc.sql("SELECT changes::text FROM audit_entry WHERE action = 'awards.nomination.evidence-attached' AND target_id = ?")
			.param(String.valueOf(nomination.id())).query((rs, n) -> ApiClient.JSON.readTree(rs.getString(1))).single();
		assertThat(entry.get("evidenceItem").get("after").asString()).isEqualTo("推荐表");
		assertThat(entry.get("file").get("after").asString()).isEqualTo("推荐表（盖章）.pdf");
		assertThat(entry.get("sha256").get("after").asString()).isEqualTo(sha256);
		assertThat(entry.get("size").get("after").asString()).isEqualTo(String.valueOf(PDF.length));
		assertThat(PageSession.text(PageSession.signIn(port, "demo-town").get("/awards/nominations/" + nomination.id())))
			.contains(messages.zh("awards.nomination.event.evidence-attached", "推荐表", "推荐表（盖章）.pdf"));

		String file = "/api/v1/awards/nominations/" + nomination.id() + "/evidence/" + fileId;
		for (String reader : List.of("demo-town", "demo-awards", "demo-panel")) {
			ApiClient.Download download = ApiClient.signIn(port, reader).download(file);
			assertThat(download.status()).as(reader).isEqualTo(200);
			assertThat(download.body()).isEqualTo(PDF);
			assertThat(download.headers().firstValue("Content-Type")).hasValue("application/pdf");
			assertThat(download.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value).startsWith("attachment"));
			assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
			assertThat(download.headers().firstValue("Content-Security-Policy")).hasValue("default-src 'none'; sandbox");
			assertThat(download.headers().firstValue("Repr-Digest"))
				.hasValue("sha-256=:" + Base64.getEncoder().encodeToString(HexFormat.of().parseHex(sha256)) + ":");
		}
		assertThat(PageSession.signIn(port, "demo-town").get("/awards/nominations/" + nomination.id() + "/evidence/" + fileId).statusCode())
			.isEqualTo(200);
		JsonNode checklist = town.get("/api/v1/awards/nominations/" + nomination.id()).json().get("checklist");
		assertThat(checklist.get(0).get("missing").asBoolean()).isFalse();
		assertThat(checklist.get(0).get("files").get(0).get("id").asLong()).isEqualTo(fileId);
		assertThat(checklist.get(1).get("missing").asBoolean()).isTrue();
		assertThat(checklist.get(2).get("missing").asBoolean()).as("optional").isFalse();

		Answer removed = town.delete(file);
		assertThat(removed.status()).as(removed.body()).isEqualTo(200);
		assertThat(removed.json().get("checklist").get(0).get("missing").asBoolean()).isTrue();
		assertThat(town.download(file).status()).isEqualTo(404);
		assertThat(jdbc.sql("SELECT changes->'sha256'->>'after' FROM audit_entry WHERE action = 'awards.nomination.evidence-removed' AND target_id = ?")
			.param(String.valueOf(nomination.id())).query(String.class).single()).isEqualTo(sha256);
		assertThat(jdbc.sql("SELECT count(*) FROM award_nomination_event WHERE nomination_id = ? AND kind IN ('evidence-attached', 'evidence-removed')")
			.param(nomination.id()).query(Long.class).single()).isEqualTo(2);
		// No one is notified of a file: the office reads the checklist when it checks qualification.
		assertThat(jdbc.sql("SELECT count(*) FROM notification WHERE message_key LIKE 'awards.notify.evidence%'").query(Long.class).single()).isZero();
	}

	@Test
	void aFileOfANominationOneCannotSeeIsNotFoundAndOnlyTheNominatingUnitAttaches() {
		Campaign campaign = campaign("材料可见测试" + System.nanoTime());
		Nomination nomination = nominate(campaign);
		Nomination.EvidenceFile file = awards.attachEvidence(nomination.id(), new EvidenceUpload(item(campaign, "推荐表"), "推荐表.pdf", PDF), town());
		Nomination other = nominate(campaign, "荷塘镇", "荷塘镇");
		String path = "/api/v1/awards/nominations/" + nomination.id() + "/evidence/" + file.id();

		ApiClient dept = ApiClient.signIn(port, "demo-dept");
		assertThat(dept.download(path).status()).as("another unit's nomination").isEqualTo(404);
		assertThat(dept.delete(path).status()).isEqualTo(404);
		assertThat(dept.upload("/api/v1/awards/nominations/" + nomination.id() + "/evidence", Map.of("item", String.valueOf(item(campaign, "推荐表"))),
				"推荐表.pdf", PDF).status()).isEqualTo(404);
		assertThat(PageSession.signIn(port, "demo-dept").get("/awards/nominations/" + nomination.id() + "/evidence/" + file.id()).statusCode())
			.isEqualTo(404);
		ApiClient office = ApiClient.signIn(port, "demo-awards");
		assertThat(office.download("/api/v1/awards/nominations/" + other.id() + "/evidence/" + file.id()).status())
			.as("a file under another nomination's address").isEqualTo(404);
		assertThat(ApiClient.signIn(port, "demo-panel").delete(path).status()).as("a reviewer does not nominate").isEqualTo(403);
		assertThat(office.post("/api/v1/awards/nominations/" + nomination.id() + "/steps/attach-evidence", null).status()).isEqualTo(409);
		assertThat(count("award_evidence_file WHERE nomination_id = " + nomination.id())).isEqualTo(1);

		awards.take(nomination.id(), NominationLifecycle.Step.WITHDRAW, AwardStepInput.text("重新准备"), town());
		assertThatThrownBy(() -> awards.attachEvidence(nomination.id(), new EvidenceUpload(item(campaign, "事迹材料"), "事迹.pdf", PDF), town()))
			.isInstanceOf(org.luoshi.shared.ConflictException.class);
		assertThat(ApiClient.signIn(port, "demo-town").delete(path).status()).as("withdrawn").isEqualTo(409);
	}

	@Test
	void theNominationFormTakesFilesPerItemAndRefusesABadOneBesideItNothingStored() {
		Campaign campaign = campaign("材料表单测试" + System.nanoTime());
		long tangxia = organization.findUnitByName("棠下镇").orElseThrow().id();
		long office = organization.findUnitByName("棠下镇经济发展办公室").orElseThrow().id();
		PageSession town = PageSession.signIn(port, "demo-town");
		String form = "/awards/campaigns/" + campaign.id() + "/nominate";
		List<Map.Entry<String, String>> fields = List.of(Map.entry("nominatingUnitId", String.valueOf(tangxia)),
				Map.entry("subjectUnitId", String.valueOf(office)), Map.entry("summary", "园区企业服务"), Map.entry("birthDates", births()));
		long recommendation = item(campaign, "推荐表");
		long account = item(campaign, "事迹材料");
		long nominations = count("award_nomination");

		String refused = PageSession.text(town.postMultipart(form, form, fields,
				List.of(new PageSession.FilePart("file-" + recommendation, "推荐表.pdf", "application/pdf", EXECUTABLE),
						new PageSession.FilePart("file-" + account, "", "application/octet-stream", new byte[0]))));
		assertThat(PageSession.between(refused, "data-field=\"file-" + recommendation + "\"", "</div>"))
			.contains(messages.zh("awards.evidence.file.mismatch", "推荐表.pdf", "pdf"));
		assertThat(refused).contains("id=\"nominate-files-again\"", "园区企业服务").doesNotContain("id=\"awards-problems\"");
		assertThat(count("award_nomination")).isEqualTo(nominations);

		var created = town.postMultipart(form, form, fields,
				List.of(new PageSession.FilePart("file-" + recommendation, "推荐表.pdf", "application/pdf", PDF),
						new PageSession.FilePart("file-" + account, "事迹一.pdf", "application/pdf", PDF),
						new PageSession.FilePart("file-" + account, "事迹二.pdf", "application/pdf", PDF)));
		assertThat(created.statusCode()).isEqualTo(302);
		long id = Long.parseLong(created.headers().firstValue("Location").orElseThrow().replaceAll(".*/", ""));
		assertThat(jdbc.sql("SELECT name FROM award_evidence_file WHERE nomination_id = ? ORDER BY id").param(id).query(String.class).list())
			.containsExactly("推荐表.pdf", "事迹一.pdf", "事迹二.pdf");
		assertThat(jdbc.sql("SELECT kind FROM award_nomination_event WHERE nomination_id = ? ORDER BY id").param(id).query(String.class).list())
			.containsExactly("submitted", "evidence-attached", "evidence-attached", "evidence-attached");

		// On the nomination's page: remove one, attach another.
		String page = "/awards/nominations/" + id;
		long second = jdbc.sql("SELECT id FROM award_evidence_file WHERE nomination_id = ? AND name = '事迹二.pdf'").param(id).query(Long.class).single();
		assertThat(town.post(page + "/evidence/" + second + "/remove", page).statusCode()).isEqualTo(302);
		var attached = town.postMultipart(page + "/evidence", page, List.of(Map.entry("item", String.valueOf(item(campaign, "荣誉证明")))),
				List.of(new PageSession.FilePart("file", "证书.png", "image/png", png())));
		assertThat(attached.statusCode()).isEqualTo(302);
		String after = PageSession.text(town.get(page));
		assertThat(PageSession.between(after, "id=\"nomination-evidence\"", "id=\"nomination-eligibility\"")).contains("推荐表.pdf", "事迹一.pdf", "证书.png")
			.doesNotContain("事迹二.pdf").contains(messages.zh("awards.evidence.complete"));
		String bad = PageSession.text(town.postMultipart(page + "/evidence", page, List.of(Map.entry("item", String.valueOf(recommendation))),
				List.of(new PageSession.FilePart("file", "setup.exe", "application/octet-stream", EXECUTABLE))));
		assertThat(PageSession.between(bad, "id=\"awards-problems\"", "</div>\n")).contains(
				messages.zh("awards.evidence.file.type", "setup.exe", EvidenceFiles.extensions("、")));
		assertThat(count("award_evidence_file WHERE nomination_id = " + id)).isEqualTo(3);
	}

	@Test
	void theServiceRefusesTheSameAsThePages() {
		Campaign campaign = campaign("材料服务测试" + System.nanoTime());
		Nomination nomination = nominate(campaign);
		assertThatThrownBy(() -> awards.attachEvidence(nomination.id(), new EvidenceUpload(item(campaign, "推荐表"), "照片.png", EXECUTABLE), town()))
			.isInstanceOf(ValidationException.class);
		assertThatThrownBy(() -> awards.nominate(new Nominate(campaign.id(), null, null, null, null, null, null, births()),
				List.of(new EvidenceUpload(item(campaign, "推荐表"), "推荐表.docx", PDF)), town()))
			.isInstanceOf(ValidationException.class)
			.satisfies(e -> assertThat(((ValidationException) e).violations()).anyMatch(v -> v.field().equals("file-" + item(campaign, "推荐表"))
					&& v.messageKey().equals("awards.evidence.file.mismatch")));
	}

	// ----- fixtures

	private Campaign campaign(String title) {
		LocalDate today = times.today();
		return awards.createCampaign(new CreateCampaign(title, today.getYear(), Campaign.Level.DISTRICT, "共青团江门市蓬江区委员会", null, null,
				List.of(new NewEvidenceItem("推荐表", true), new NewEvidenceItem("事迹材料", true), new NewEvidenceItem("荣誉证明", false)), 1, 2,
				Campaign.TieRule.EARLIER, 5, Map.of(Campaign.RuleKind.MAX_AVERAGE_AGE, new BigDecimal("35")), List.of(new NewCriterion("成效", 100, 10)),
				List.of(new NewRound(Campaign.RoundKind.NOMINATION, today.minusDays(1), today.plusDays(5)))), office());
	}

	/** The town's office nominated by the town. */
	private Nomination nominate(Campaign campaign) {
		return nominate(campaign, "棠下镇", "棠下镇经济发展办公室");
	}

	private Nomination nominate(Campaign campaign, String nominating, String subject) {
		long unit = organization.findUnitByName(nominating).orElseThrow().id();
		long collective = organization.findUnitByName(subject).orElseThrow().id();
		return awards.nominate(new Nominate(campaign.id(), unit, collective, null, null, "服务企业", null, births()),
				nominating.equals("棠下镇") ? town() : office());
	}

	private String births() {
		LocalDate reference = times.today().plusDays(5);
		return reference.minusYears(25).minusDays(3) + "\n" + reference.minusYears(30).minusDays(3);
	}

	private static long item(Campaign campaign, String name) {
		return campaign.evidence().stream().filter(i -> i.name().equals(name)).findFirst().orElseThrow().id();
	}

	private static byte[] png() {
		return Base64.getDecoder().decode("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8DwHwAFBQIAX8jx0gAAAABJRU5ErkJggg==");
	}

	private Actor town() {
		return accounts.findByUsername("demo-town").orElseThrow().actor();
	}

	private Actor office() {
		return accounts.findByUsername("demo-awards").orElseThrow().actor();
	}

	/** The problems of a refusal as {@code field: message}. */
	private static List<String> problems(Answer answer) {
		assertThat(answer.status()).as(answer.body()).isEqualTo(400);
		List<String> problems = new ArrayList<>();
		answer.json().get("errors").forEach(e -> problems.add(e.get("field").asString() + ": " + e.get("message").asString()));
		return problems;
	}

	private static List<String> actions(ApiClient client, long nominationId) {
		List<String> actions = new ArrayList<>();
		client.get("/api/v1/awards/nominations/" + nominationId).json().get("actions").forEach(step -> actions.add(step.asString()));
		return actions;
	}

	private int version(long nominationId) {
		return jdbc.sql("SELECT version FROM award_nomination WHERE id = ?").param(nominationId).query(Integer.class).single();
	}

	private String status(long nominationId) {
		return jdbc.sql("SELECT status FROM award_nomination WHERE id = ?").param(nominationId).query(String.class).single();
	}

	private long audited(String action, long nominationId) {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE action = ? AND target_id = ?").params(action, String.valueOf(nominationId))
			.query(Long.class).single();
	}

	private long timeline(long nominationId) {
		return jdbc.sql("SELECT count(*) FROM award_nomination_event WHERE nomination_id = ?").param(nominationId).query(Long.class).single();
	}

	private long count(String table) {
		return jdbc.sql("SELECT count(*) FROM " + table).query(Long.class).single();
	}
}
