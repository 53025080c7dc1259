package org.luoshi.legalservice.lectures;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.luoshi.enterprise.EnterpriseDirectory;
import org.luoshi.enterprise.EnterpriseFixtures;
import org.luoshi.enterprise.EnterpriseTimelineEntry;
import org.luoshi.enterprise.EnterpriseTimelineSource;
import org.luoshi.enterprise.demands.DemandCommands.RaiseDemand;
import org.luoshi.enterprise.demands.DemandManagement;
import org.luoshi.legalservice.LegalDirectory;
import org.luoshi.legalservice.Practitioner;
import org.luoshi.legalservice.ServicePoint;
import org.luoshi.legalservice.lectures.internal.LectureCommands.Register;
import org.luoshi.legalservice.lectures.internal.LectureCommands.ScheduleLecture;
import org.luoshi.legalservice.lectures.internal.LectureCommands.StepInput;
import org.luoshi.legalservice.lectures.internal.LectureService;
import org.luoshi.legalservice.lectures.internal.LectureStatus;
import org.luoshi.legalservice.lectures.internal.LectureStep;
import org.luoshi.legalservice.lectures.internal.LectureView;
import org.luoshi.legalservice.lectures.internal.RegistrationStatus;
import org.luoshi.legalservice.lectures.internal.TopicMenu;
import org.luoshi.legalservice.lectures.internal.TopicMenu.ProposeTopic;
import org.luoshi.legalservice.lectures.internal.TopicMenu.RankedTopic;
import org.luoshi.legalservice.lectures.internal.TopicStatus;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.web.Times;
import org.luoshi.support.ApiClient;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.luoshi.support.PageSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * The lecture menu and lectures on PostgreSQL through the real services: topics proposed and voted for, ranked with the
 * matching legal demands; a lecture scheduled, filled to capacity and its waiting list, a seat given back promoting the
 * first waiting, check-in, feedback, held, on the enterprise's 360° page and in the statistics; the refusals (a second
 * vote, past both limits, feedback without attendance, a rating outside 1–5) each localized with nothing changed; and who
 * may schedule, check in and read which registrations.
 */
@IntegrationTest
class LectureIntegrationTests {

	@Autowired
	TopicMenu menu;

	@Autowired
	LectureService lectures;

	@Autowired
	LectureCalendar calendar;

	@Autowired
	LectureStatistics statistics;

	@Autowired
	LegalDirectory directory;

	@Autowired
	EnterpriseDirectory enterprises;

	@Autowired
	EnterpriseFixtures fixtures;

	@Autowired
	DemandManagement demands;

	@Autowired
	List<EnterpriseTimelineSource> timelineSources;

	@Autowired
	Messages messages;

	@Autowired
	Times times;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Test
	void fromTheMenuToALectureHeldAndOnTheEnterprisesPage() {
		String word = "竞业" + System.nanoTime();
		Actor chaoguang = fixtures.actor("demo-enterprise");
		Actor zhongtai = enterprise("中泰纸品有限公司");
		Actor baisha = enterprise("江门市白沙侨联贸易有限公司");
		Actor huanshi = enterprise("江门市环市电子科技有限公司");
		Actor legal = fixtures.actor("demo-legal");

		// Two legal demands speak of the first topic's keyword, none of the second's.
		raiseLegalDemand(chaoguang.enterpriseId(), "员工离职后" + word + "问题咨询");
		raiseLegalDemand(zhongtai.enterpriseId(), "关于" + word + "协议的效力");
		long wanted = menu.propose(new ProposeTopic("离职员工" + word, "核心员工跳槽后的保护", word + "，保密"), chaoguang).id();
		long popular = menu.propose(new ProposeTopic("电子合同的效力" + System.nanoTime(), null, "电子签名" + System.nanoTime()), legal).id();
		menu.vote(wanted, zhongtai);
		menu.vote(popular, baisha);
		menu.vote(popular, huanshi);

		RankedTopic first = topic(wanted, chaoguang);
		RankedTopic second = topic(popular, chaoguang);
		assertThat(first.votes()).isEqualTo(1);
		assertThat(first.demands()).isEqualTo(2);
		assertThat(first.score()).isEqualTo(3);
		assertThat(second.votes()).isEqualTo(2);
		assertThat(second.demands()).isZero();
		assertThat(first.rank()).as("two matching demands outweigh one more vote").isLessThan(second.rank());
		assertThat(topic(wanted, zhongtai).votedByMe()).isTrue();
		assertThat(first.votedByMe()).isFalse();

		// Scheduled at 棠下 by its point's staff: two seats and one place on the waiting list.
		ServicePoint tangxia = point("棠下产业园");
		LectureView lecture = lectures.schedule(schedule("益企讲堂·" + word, tangxia.id(), expert("林志明").id(), 2, 1, List.of(wanted)), legal);
		assertThat(lecture.status()).isEqualTo(LectureStatus.OPEN);
		assertThat(topic(wanted, chaoguang).status()).isEqualTo(TopicStatus.SCHEDULED);
		assertThat(calendar.upcoming(200)).anySatisfy(listing -> {
			assertThat(listing.id()).isEqualTo(lecture.id());
			assertThat(listing.park()).isEqualTo("棠下产业园");
			assertThat(listing.expertName()).isEqualTo("林志明");
			assertThat(listing.seatsLeft()).isEqualTo(2);
			assertThat(listing.registrationOpen()).isTrue();
		});

		// Two seats taken, the third waits, the fourth is refused with nothing changed.
		assertThat(lectures.register(lecture.id(), new Register("王小明", null, "13800001111"), zhongtai).own().status())
			.isEqualTo(RegistrationStatus.REGISTERED);
		assertThat(lectures.register(lecture.id(), new Register("陈志光", null, "13800002222"), chaoguang).own().status())
			.isEqualTo(RegistrationStatus.REGISTERED);
		LectureView waiting = lectures.register(lecture.id(), new Register("司徒伟", null, "13800003333"), baisha);
		assertThat(waiting.own().status()).isEqualTo(RegistrationStatus.WAITING);
		assertThat(waiting.own().position()).isEqualTo(1);
		assertRefused(() -> lectures.register(lecture.id(), new Register("梁国栋", null, "13800004444"), huanshi), "legal.lecture.register.full");
		assertRefused(() -> lectures.registerPublicly(lecture.id(), new Register("路人", "某公司", "13800005555")), "legal.lecture.register.full");
		assertThat(registrations(lecture.id())).isEqualTo(3);
		assertThat(messages.zh("legal.lecture.register.full", 2, 1)).contains("2 个座位", "1 个候补名额");

		// 中泰 gives its seat back: 白沙, first on the waiting list, moves up and is told.
		LectureView afterCancel = lectures.take(lecture.id(), LectureStep.CANCEL_REGISTRATION, StepInput.none(), zhongtai);
		assertThat(afterCancel.own().status()).isEqualTo(RegistrationStatus.CANCELLED);
		assertThat(lectures.details(lecture.id(), baisha).own().status()).isEqualTo(RegistrationStatus.REGISTERED);
		assertThat(jdbc.sql("SELECT count(*) FROM lecture_event WHERE lecture_id = ? AND kind = 'promoted'").param(lecture.id()).query(Long.class)
			.single()).isEqualTo(1);

		// Feedback before attending is refused; check-in at the door by the point's staff.
		assertRefused(() -> lectures.take(lecture.id(), LectureStep.GIVE_FEEDBACK, new StepInput(null, 5, null, null), chaoguang),
				"legal.lecture.feedback.not-attended");
		LectureView staffView = lectures.details(lecture.id(), legal);
		assertThat(staffView.registrations()).extracting(LectureView.RegistrationView::phone).contains("13800002222", "13800003333");
		for (LectureView.RegistrationView seat : staffView.registrations()) {
			lectures.take(lecture.id(), LectureStep.CHECK_IN, new StepInput(seat.id(), null, null, null), legal);
		}

		// Those who came rate it, 1–5 only.
		assertRefused(() -> lectures.take(lecture.id(), LectureStep.GIVE_FEEDBACK, new StepInput(null, 6, "很好", null), chaoguang),
				"legal.lecture.feedback.rating.range");
		assertRefused(() -> lectures.take(lecture.id(), LectureStep.GIVE_FEEDBACK, new StepInput(null, 0, null, null), baisha),
				"legal.lecture.feedback.rating.range");
		assertThat(jdbc.sql("SELECT count(rating) FROM lecture_registration WHERE lecture_id = ?").param(lecture.id()).query(Long.class).single())
			.isZero();
		lectures.take(lecture.id(), LectureStep.GIVE_FEEDBACK, new StepInput(null, 5, "案例很实用", null), chaoguang);
		lectures.take(lecture.id(), LectureStep.GIVE_FEEDBACK, new StepInput(null, 4, null, null), baisha);
		assertRefused(() -> lectures.take(lecture.id(), LectureStep.GIVE_FEEDBACK, new StepInput(null, 3, null, null), baisha),
				"legal.lecture.feedback.already");

		LectureView held = lectures.take(lecture.id(), LectureStep.MARK_HELD, StepInput.none(), legal);
		assertThat(held.status()).isEqualTo(LectureStatus.HELD);
		assertThat(held.attendances()).isEqualTo(2);
		assertThat(held.averageRating()).isEqualTo(4.5);
		assertThat(topic(wanted, chaoguang).status()).isEqualTo(TopicStatus.HELD);
		assertThat(held.timeline()).extracting(entry -> entry.kind()).containsExactly("scheduled", "registered", "registered", "waitlisted",
				"registration-cancelled", "promoted", "checked-in", "checked-in", "feedback-given", "feedback-given", "held");
		// Every step is in the audit trail, and no phone is.
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE target_type = 'lecture' AND target_id = ?").param(String.valueOf(lecture.id()))
			.query(Long.class).single()).isEqualTo(11);
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE target_type = 'lecture' AND changes::text LIKE '%1380000%'").query(Long.class)
			.single()).isZero();

		// On 朝光通信's 360° page, and in the point's month.
		List<EnterpriseTimelineEntry> entries = timelineSources.stream()
			.flatMap(source -> source.entries(chaoguang.enterpriseId(), fixtures.office()).stream())
			.filter(entry -> entry.source().equals("lecture"))
			.toList();
		assertThat(entries).anySatisfy(entry -> {
			assertThat(entry.messageKey()).isEqualTo("legal.lecture.timeline.attended-rated");
			assertThat(entry.arguments()).contains("益企讲堂·" + word, "棠下产业园", "林志明");
		});
		String page = PageSession.text(PageSession.signIn(port, "demo-admin").get("/enterprises/" + chaoguang.enterpriseId()));
		assertThat(page).contains("益企讲堂·" + word);
		YearMonth month = YearMonth.from(times.date(lecture.startsAt()));
		assertThat(statistics.monthly(month, month)).anySatisfy(row -> {
			assertThat(row.pointId()).isEqualTo(tangxia.id());
			assertThat(row.lecturesHeld()).isPositive();
			assertThat(row.attendances()).isGreaterThanOrEqualTo(2);
			assertThat(row.averageRating()).isNotNull();
		});
	}

	@Test
	void aSecondVoteByTheSameEnterpriseIsRefusedAndAVoteCanBeWithdrawn() {
		Actor chaoguang = fixtures.actor("demo-enterprise");
		long topic = menu.propose(new ProposeTopic("电商平台规则" + System.nanoTime(), null, null), chaoguang).id();
		menu.vote(topic, chaoguang);
		long entries = auditEntries();
		assertRefused(() -> menu.vote(topic, chaoguang), "legal.topic.vote.twice");
		assertThat(topic(topic, chaoguang).votes()).isEqualTo(1);
		assertThat(auditEntries()).isEqualTo(entries);
		assertThat(messages.zh("legal.topic.vote.twice")).contains("只能投一票");

		// Over the API too: 400 with the reason in the reader's language.
		ApiClient.Answer twice = ApiClient.signIn(port, "demo-enterprise").post("/api/v1/legal/topics/" + topic + "/vote", Map.of());
		assertThat(twice.status()).isEqualTo(400);
		assertThat(twice.body()).contains(messages.zh("legal.topic.vote.twice"));

		assertThat(menu.withdrawVote(topic, chaoguang).votes()).isZero();
		assertRefused(() -> menu.withdrawVote(topic, chaoguang), "legal.topic.vote.none");
		assertThat(menu.vote(topic, chaoguang).votes()).isEqualTo(1);
		// Staff propose but do not vote.
		assertThatThrownBy(() -> menu.vote(topic, fixtures.actor("demo-legal"))).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void whoMayScheduleCheckInAndReadTheRegistrations() {
		Actor legal = fixtures.actor("demo-legal");
		Actor justice = fixtures.actor("demo-justice");
		Actor lawyer = fixtures.actor("demo-lawyer");
		Actor chaoguang = fixtures.actor("demo-enterprise");
		Actor zhongtai = enterprise("中泰纸品有限公司");
		long topic = menu.propose(new ProposeTopic("企业合规体系" + System.nanoTime(), null, "合规"), justice).id();
		ServicePoint pengjiang = point("蓬江产业园");
		ServicePoint tangxia = point("棠下产业园");
		long lin = expert("林志明").id();

		assertThatThrownBy(() -> lectures.schedule(schedule("讲座", tangxia.id(), lin, 10, 0, List.of(topic)), lawyer))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> lectures.schedule(schedule("讲座", tangxia.id(), lin, 10, 0, List.of(topic)), chaoguang))
			.isInstanceOf(AccessDeniedException.class);
		assertRefused(() -> lectures.schedule(schedule("讲座", pengjiang.id(), lin, 10, 0, List.of(topic)), legal), "legal.lecture.point.not-yours");
		assertRefused(() -> lectures.schedule(schedule("讲座", tangxia.id(), lin, 0, 0, List.of()), legal), "legal.lecture.capacity.range",
				"legal.lecture.topics.required");

		LectureView lecture = lectures.schedule(schedule("合规讲座" + System.nanoTime(), pengjiang.id(), lin, 10, 0, List.of(topic)), justice);
		lectures.register(lecture.id(), new Register("陈志光", null, "13800002222"), chaoguang);
		lectures.register(lecture.id(), new Register("王小明", null, "13800001111"), zhongtai);
		long registration = lectures.details(lecture.id(), justice).registrations().get(0).id();

		// Check-in is the organisers': not the enterprise, not the expert, not another point's staff.
		for (Actor outsider : List.of(chaoguang, lawyer, legal)) {
			assertThatThrownBy(() -> lectures.take(lecture.id(), LectureStep.CHECK_IN, new StepInput(registration, null, null, null), outsider))
				.isInstanceOf(AccessDeniedException.class);
		}
		// The enterprise reads its own registration only; the expert reads them all with phones masked; organisers in clear.
		LectureView own = lectures.details(lecture.id(), chaoguang);
		assertThat(own.registrations()).isEmpty();
		assertThat(own.waitingList()).isEmpty();
		assertThat(own.own().name()).isEqualTo("陈志光");
		assertThat(own.timeline()).extracting(entry -> entry.kind()).containsOnly("scheduled");
		assertThat(lectures.details(lecture.id(), lawyer).registrations()).extracting(LectureView.RegistrationView::phone)
			.containsExactlyInAnyOrder("138****2222", "138****1111");
		assertThat(lectures.details(lecture.id(), justice).registrations()).extracting(LectureView.RegistrationView::phone)
			.containsExactlyInAnyOrder("13800002222", "13800001111");
		assertThat(own.actions()).contains(LectureStep.CANCEL_REGISTRATION).doesNotContain(LectureStep.CHECK_IN, LectureStep.REGISTER);
		assertRefused(() -> lectures.register(lecture.id(), new Register("陈志光", null, "13800002222"), chaoguang), "legal.lecture.register.already");

		lectures.take(lecture.id(), LectureStep.CHECK_IN, new StepInput(registration, null, null, null), justice);
		// Over the API: the enterprise may not schedule; it lists the lectures.
		ApiClient enterpriseApi = ApiClient.signIn(port, "demo-enterprise");
		assertThat(enterpriseApi.post("/api/v1/legal/lectures", Map.of("title", "x")).status()).isEqualTo(403);
		assertThat(enterpriseApi.get("/api/v1/legal/lectures").status()).isEqualTo(200);
		assertThat(enterpriseApi.post("/api/v1/legal/lectures/" + lecture.id() + "/checkin", Map.of("registrationId", registration)).status())
			.isEqualTo(403);
		assertThat(ApiClient.signIn(port, "demo-justice").get("/api/v1/legal/lectures/" + lecture.id()).json().get("registrations").size())
			.isEqualTo(2);
	}

	@Test
	void thePublicPageRegistersAndTheCodeGivesTheSeatBack() {
		Actor justice = fixtures.actor("demo-justice");
		long topic = menu.propose(new ProposeTopic("用工合规" + System.nanoTime(), null, null), justice).id();
		LectureView lecture = lectures.schedule(schedule("公开讲座" + System.nanoTime(), point("蓬江产业园").id(), expert("陈雅琪").id(), 1, 1,
				List.of(topic)), justice);
		PageSession visitor = PageSession.anonymous(port);
		String path = "/public/legal/lectures/" + lecture.id();
		assertThat(PageSession.text(visitor.get(path))).contains(lecture.title()).contains("陈雅琪");

		String refused = PageSession.text(visitor.post(path + "/register", path, List.of(Map.entry("name", "李雷"), Map.entry("enterpriseName", ""),
				Map.entry("phone", "12345"))));
		assertThat(refused).contains(messages.zh("legal.lecture.enterpriseName.required")).contains(messages.zh("validation.phone"));
		assertThat(registrations(lecture.id())).isZero();

		visitor.post(path + "/register", path, List.of(Map.entry("name", "李雷"), Map.entry("enterpriseName", "示例机械有限公司"),
				Map.entry("phone", "13900001234")));
		String code = jdbc.sql("SELECT code FROM lecture_registration WHERE lecture_id = ?").param(lecture.id()).query(String.class).single();
		String again = PageSession.text(PageSession.anonymous(port).post(path + "/register", path, List.of(Map.entry("name", "李雷"),
				Map.entry("enterpriseName", "示例机械有限公司"), Map.entry("phone", "13900001234"))));
		assertThat(again).contains(messages.zh("legal.lecture.register.phone-already"));
		assertThat(registrations(lecture.id())).isEqualTo(1);
		PageSession other = PageSession.anonymous(port);
		other.post(path + "/register", path, List.of(Map.entry("name", "韩梅"), Map.entry("enterpriseName", "示例电子有限公司"),
				Map.entry("phone", "13900005678")));
		assertThat(lectures.details(lecture.id(), justice).waitingList()).extracting(LectureView.RegistrationView::name).containsExactly("韩梅");

		String wrong = PageSession.text(visitor.post(path + "/cancel", path, List.of(Map.entry("code", code), Map.entry("phone", "13900000000"))));
		assertThat(wrong).contains(messages.zh("legal.lecture.code.unknown"));
		visitor.post(path + "/cancel", path, List.of(Map.entry("code", code), Map.entry("phone", "13900001234")));
		assertThat(lectures.details(lecture.id(), justice).registrations()).extracting(LectureView.RegistrationView::name).containsExactly("韩梅");
	}

	@Test
	void theDemoHasTheJanuaryLectureAtPengjiangItsMenuAndALectureToCome() {
		Actor justice = fixtures.actor("demo-justice");
		long held = jdbc.sql("SELECT id FROM lecture WHERE park = '蓬江产业园' AND status = 'HELD' AND starts_at < '2024-02-01' ORDER BY id LIMIT 1")
			.query(Long.class).single();
		LectureView january = lectures.details(held, justice);
		assertThat(times.date(january.startsAt())).isEqualTo(LocalDate.of(2024, 1, 18));
		assertThat(january.topics()).hasSize(4);
		assertThat(january.attendances()).isEqualTo(6);
		assertThat(january.averageRating()).isNotNull();
		assertThat(statistics.monthly(YearMonth.of(2024, 1), YearMonth.of(2024, 1))).singleElement().satisfies(row -> {
			assertThat(row.park()).isEqualTo("蓬江产业园");
			assertThat(row.lecturesHeld()).isEqualTo(1);
			assertThat(row.registrations()).isEqualTo(7);
			assertThat(row.attendances()).isEqualTo(6);
		});
		assertThat(menu.menu(justice)).filteredOn(topic -> topic.status() == TopicStatus.HELD).hasSizeGreaterThanOrEqualTo(4);
		assertThat(menu.menu(justice)).filteredOn(topic -> topic.title().equals("跨境贸易合同与海外追偿")).singleElement()
			.satisfies(topic -> assertThat(topic.demands()).as("the demo's two demands about an overseas customer").isGreaterThanOrEqualTo(2));
		assertThat(calendar.upcoming(200)).anySatisfy(listing -> {
			assertThat(listing.park()).isEqualTo("棠下产业园");
			assertThat(listing.topics()).containsExactly("商业秘密与竞业限制");
			assertThat(listing.seatsLeft()).isZero();
			assertThat(listing.waitingListOpen()).isTrue();
		});

		// Its pages render for each reader.
		PageSession office = PageSession.signIn(port, "demo-justice");
		assertThat(PageSession.text(office.get("/legal/lectures/" + held))).contains("益企讲堂", "13800000200");
		assertThat(PageSession.text(office.get("/legal/lectures/new"))).contains("lecture-form");
		assertThat(PageSession.text(PageSession.signIn(port, "demo-lawyer").get("/legal/lectures/" + held))).contains("138****0200")
			.doesNotContain("13800000200");
		assertThat(PageSession.text(PageSession.signIn(port, "demo-lawyer").get("/legal/topics"))).contains("跨境贸易合同与海外追偿");
		assertThat(PageSession.text(office.get("/legal/lectures"))).contains("益企讲堂：商业秘密与竞业限制");
		assertThat(PageSession.text(PageSession.signIn(port, "demo-enterprise").get("/portal"))).contains(messages.zh("legal.lecture.portal.title"));
		assertThat(ApiClient.signIn(port, "demo-admin").get("/v3/api-docs").body()).contains("/api/v1/legal/lectures/{id}/checkin", "/api/v1/legal/topics/{id}/vote");
	}

	@Test
	void aPlannedLectureOpensAndACancelledOneTellsItsRegistrantsAndPutsItsTopicBackOnTheMenu() {
		Actor justice = fixtures.actor("demo-justice");
		Actor chaoguang = fixtures.actor("demo-enterprise");
		long topic = menu.propose(new ProposeTopic("招投标合规" + System.nanoTime(), null, "招投标"), justice).id();
		ScheduleLecture planned = schedule("招投标讲座" + System.nanoTime(), point("蓬江产业园").id(), expert("黄伟强").id(), 5, 0, List.of(topic));
		LectureView lecture = lectures.schedule(new ScheduleLecture(planned.title(), null, planned.pointId(), null, planned.startsAt(),
				planned.endsAt(), planned.expertId(), 5, 0, List.of(topic), false), justice);
		assertThat(lecture.status()).isEqualTo(LectureStatus.PLANNED);
		assertThatThrownBy(() -> lectures.register(lecture.id(), new Register("陈志光", null, "13800002222"), chaoguang))
			.isInstanceOf(org.luoshi.shared.ConflictException.class);
		lectures.take(lecture.id(), LectureStep.OPEN_REGISTRATION, StepInput.none(), justice);
		lectures.register(lecture.id(), new Register("陈志光", null, "13800002222"), chaoguang);

		assertRefused(() -> lectures.take(lecture.id(), LectureStep.CANCEL, new StepInput(null, null, null, " "), justice),
				"legal.lecture.cancel.reason.required");
		assertThat(lectures.details(lecture.id(), justice).status()).isEqualTo(LectureStatus.OPEN);
		LectureView cancelled = lectures.take(lecture.id(), LectureStep.CANCEL, new StepInput(null, null, null, "主讲律师临时出庭"), justice);
		assertThat(cancelled.status()).isEqualTo(LectureStatus.CANCELLED);
		assertThat(cancelled.actions()).isEmpty();
		assertThat(topic(topic, chaoguang).status()).isEqualTo(TopicStatus.PROPOSED);
		// The enterprise registered hears of it in its inbox.
		org.awaitility.Awaitility.await().atMost(java.time.Duration.ofSeconds(10)).untilAsserted(() -> assertThat(jdbc.sql("""
				SELECT count(*) FROM inbox_item i JOIN notification n ON n.id = i.notification_id
				WHERE i.account_id = ? AND n.message_key = 'legal.lecture.notify.cancelled' AND n.link = ?""")
			.params(chaoguang.accountId(), "/legal/lectures/" + lecture.id()).query(Long.class).single()).isEqualTo(1));
		assertThat(calendar.upcoming(200)).noneMatch(listing -> listing.id() == lecture.id());
	}

	private Actor enterprise(String name) {
		long id = enterprises.findByName(name).orElseThrow().id();
		return new Actor(880000L + id, "test-enterprise-" + id, name, null, Set.of(Permissions.LEGAL_REQUEST), id);
	}

	private void raiseLegalDemand(long enterpriseId, String title) {
		long category = jdbc.sql("SELECT id FROM demand_category WHERE code = 'LEGAL'").query(Long.class).single();
		demands.raise(new RaiseDemand(enterpriseId, "CONSULTATION", category, title, title + "，请律师给出意见。", null, null, "VISIT", null, null),
				fixtures.office());
	}

	private ScheduleLecture schedule(String title, long pointId, long expertId, int capacity, int waiting, List<Long> topics) {
		LocalDate day = times.today().plusDays(10);
		return new ScheduleLecture(title, null, pointId, "会议室", day.atTime(14, 30).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME),
				day.atTime(16, 30).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME), expertId, capacity, waiting, topics, true);
	}

	private RankedTopic topic(long id, Actor reader) {
		return menu.menu(reader).stream().filter(topic -> topic.id() == id).findFirst().orElseThrow();
	}

	private ServicePoint point(String park) {
		return directory.points(true).stream().filter(point -> point.park().equals(park)).findFirst().orElseThrow();
	}

	private Practitioner expert(String name) {
		return directory.experts().stream().filter(expert -> expert.name().equals(name)).findFirst().orElseThrow();
	}

	private long registrations(long lectureId) {
		return jdbc.sql("SELECT count(*) FROM lecture_registration WHERE lecture_id = ?").param(lectureId).query(Long.class).single();
	}

	private long auditEntries() {
		return jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single();
	}

	private static void assertRefused(Runnable call, String... keys) {
		assertThatThrownBy(call::run).isInstanceOfSatisfying(ValidationException.class,
				e -> assertThat(e.violations()).extracting(Violation::messageKey).containsExactlyInAnyOrder(keys));
	}
}
