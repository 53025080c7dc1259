package org.luoshi.legalservice.lectures.internal;

import java.sql.Timestamp;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.luoshi.enterprise.EnterpriseDirectory;
import org.luoshi.enterprise.EnterpriseSummary;
import org.luoshi.legalservice.LegalDirectory;
import org.luoshi.legalservice.Practitioner;
import org.luoshi.legalservice.ServicePoint;
import org.luoshi.legalservice.lectures.internal.LectureCommands.Register;
import org.luoshi.legalservice.lectures.internal.LectureCommands.ScheduleLecture;
import org.luoshi.legalservice.lectures.internal.TopicMenu.ProposeTopic;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.database.DemoDataLoader;
import org.luoshi.shared.web.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The free lecture (益企讲堂) the seed reports at 蓬江产业园, held in January 2024 from a menu of four topics (labour
 * contracts, contract risk, intellectual property, tax compliance), with the enterprises who came and what they thought
 * of it — written as rows, as it was before the platform; a menu of topics proposed and voted for since; and a lecture
 * to come at 棠下产业园, scheduled and filled through the service, its seats taken and two on its waiting list.
 * Registrants' names and phones are invented.
 */
@Component
class LectureDemoData implements DemoDataLoader {

	private static final ZoneId DISTRICT = ZoneId.of("Asia/Shanghai");

	private final JdbcClient jdbc;
	private final TopicMenu topics;
	private final LectureService lectures;
	private final LegalDirectory directory;
	private final EnterpriseDirectory enterprises;
	private final Times times;
	private final LectureSearchRecords search;

	LectureDemoData(JdbcClient jdbc, TopicMenu topics, LectureService lectures, LegalDirectory directory, EnterpriseDirectory enterprises,
			Times times, LectureSearchRecords search) {
		this.search = search;
		this.jdbc = jdbc;
		this.topics = topics;
		this.lectures = lectures;
		this.directory = directory;
		this.enterprises = enterprises;
		this.times = times;
	}

	@Override
	public int order() {
		return 72;
	}

	@Override
	public void load() {
		if (jdbc.sql("SELECT count(*) FROM lecture_topic").query(Long.class).single() > 0) {
			return;
		}
		Optional<ServicePoint> pengjiang = point("蓬江产业园");
		Optional<ServicePoint> tangxia = point("棠下产业园");
		Optional<Practitioner> lin = expert("林志明");
		Optional<Practitioner> chen = expert("陈雅琪");
		EnterpriseSummary chaoguang = enterprises.findByName("朝光通信有限公司").orElse(null);
		List<EnterpriseSummary> others = List.of("江门市棠下智能家电有限公司", "江门市棠下摩托车配件有限公司", "江门市棠下激光科技有限公司",
				"江门市环市电子科技有限公司", "江门市荷塘纺织服装有限公司", "中泰纸品有限公司").stream()
			.map(enterprises::findByName).flatMap(Optional::stream).toList();
		if (pengjiang.isEmpty() || tangxia.isEmpty() || lin.isEmpty() || chen.isEmpty() || chaoguang == null || others.size() < 4) {
			return;
		}
		Actor office = new Actor(null, "demo-data", "何静怡", null, Set.of(Permissions.LEGAL_MANAGE, Permissions.LEGAL_HANDLE));

		// January 2024 at 蓬江产业园: the lecture and its menu, as held.
		long labour = heldTopic("劳动合同的签订、变更与解除", "试用期、加班与解除合同时最容易出错的环节。", "劳动合同,解除,加班,试用期", chaoguang);
		long contract = heldTopic("合同风险防范", "签约前审查、履约中留痕、违约后如何追偿。", "合同,违约,追偿,货款", others.get(0));
		long ip = heldTopic("知识产权保护", "商标注册、专利布局，被仿冒时怎样维权。", "商标,专利,知识产权,侵权", others.get(2));
		long tax = heldTopic("税务合规", "发票管理与税收优惠申报中的常见风险。", "税务,发票,税收", others.get(1));
		heldLecture(pengjiang.get(), lin.get(), List.of(labour, contract, ip, tax), chaoguang, others);

		// The menu since: proposed by enterprises and by the justice bureau, voted for by enterprises.
		long secrets = topics.propose(new ProposeTopic("商业秘密与竞业限制", "核心技术人员离职后，如何保护技术秘密、约定竞业限制。",
				"商业秘密,竞业限制,保密"), enterprise(others.get(2))).id();
		long overseas = topics.propose(new ProposeTopic("跨境贸易合同与海外追偿", "外贸订单的合同条款、信用风险和跨境追款途径。",
				"海外,跨境,追偿,外贸"), enterprise(chaoguang)).id();
		long data = topics.propose(new ProposeTopic("个人信息保护合规", "员工与客户信息的收集、保存和对外提供的合规要求。", "个人信息,数据,隐私"),
				office).id();
		long dispatch = topics.propose(new ProposeTopic("劳务派遣与灵活用工", "旺季用工、劳务派遣和外包的用工风险。", "劳务派遣,灵活用工,外包,用工"),
				enterprise(others.get(1))).id();
		long equity = topics.propose(new ProposeTopic("股权融资与公司治理", "引入投资人前需要理清的股权结构和治理安排。", "股权,融资,公司治理"),
				enterprise(others.get(3))).id();
		vote(secrets, others.get(0), others.get(1), others.get(3), chaoguang);
		vote(overseas, others.get(0), others.get(3));
		vote(dispatch, others.get(0), others.get(2), chaoguang);
		vote(data, others.get(3));
		vote(equity, others.get(2));

		// To come at 棠下产业园: the most wanted topic, six seats taken, two waiting, one place left on the waiting list.
		String startsAt = times.today().plusDays(21).atTime(14, 30).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
		String endsAt = times.today().plusDays(21).atTime(16, 30).format(DateTimeFormatter.ISO_LOCAL_DATE_TIME);
		LectureView upcoming = lectures.schedule(new ScheduleLecture("益企讲堂：商业秘密与竞业限制", "律师结合园区企业常见案例讲解，现场答疑。",
				tangxia.get().id(), "棠下产业园党群服务中心多功能厅（演示数据）", startsAt, endsAt, chen.get().id(), 6, 3, List.of(secrets), true), office);
		String[][] people = { { "李文华", "13800000101" }, { "冯晓敏", "13800000102" }, { "周嘉俊", "13800000103" }, { "梁淑仪", "13800000104" },
				{ "黄志成", "13800000105" }, { "何美玲", "13800000106" }, { "谭振宇", "13800000107" }, { "陆思琪", "13800000108" } };
		for (int i = 0; i < people.length; i++) {
			lectures.registerPublicly(upcoming.id(), new Register(people[i][0], others.get(i % others.size()).name(), people[i][1]));
		}
	}

	private long heldTopic(String title, String description, String keywords, EnterpriseSummary proposer) {
		return jdbc.sql("""
				INSERT INTO lecture_topic (title, description, keywords, status, enterprise_id, proposed_by_name, proposed_at, votes)
				VALUES (?, ?, ?, 'HELD', ?, ?, ?, 0) RETURNING id""")
			.params(title, description, keywords.split(","), proposer.id(), proposer.name(),
					Timestamp.from(LocalDateTime.of(2023, 12, 4, 10, 0).atZone(DISTRICT).toInstant()))
			.query(Long.class)
			.single();
	}

	private void heldLecture(ServicePoint point, Practitioner expert, List<Long> topicIds, EnterpriseSummary chaoguang, List<EnterpriseSummary> others) {
		Timestamp starts = Timestamp.from(LocalDateTime.of(2024, 1, 18, 14, 30).atZone(DISTRICT).toInstant());
		Timestamp ends = Timestamp.from(LocalDateTime.of(2024, 1, 18, 17, 0).atZone(DISTRICT).toInstant());
		Timestamp scheduled = Timestamp.from(LocalDateTime.of(2024, 1, 5, 9, 0).atZone(DISTRICT).toInstant());
		long id = jdbc.sql("""
				INSERT INTO lecture (title, description, point_id, point_name, park, venue, starts_at, ends_at, expert_id, expert_name, capacity,
				    waiting_limit, status, scheduled_at, held_at)
				VALUES ('益企讲堂：企业常见法律风险防范', ?, ?, ?, ?, ?, ?, ?, ?, ?, 40, 10, 'HELD', ?, ?) RETURNING id""")
			.params("免费公益讲座。讲题由园区企业点单选出，律师逐一讲解并现场答疑。", point.id(), point.name(), point.park(),
					"蓬江产业园企业服务中心报告厅（演示数据）", starts, ends, expert.id(), expert.name(), scheduled, ends)
			.query(Long.class)
			.single();
		for (int i = 0; i < topicIds.size(); i++) {
			jdbc.sql("INSERT INTO lecture_topic_link (lecture_id, topic_id, position) VALUES (?, ?, ?)").params(id, topicIds.get(i), i).update();
		}
		List<EnterpriseSummary> came = new ArrayList<>();
		came.add(chaoguang);
		came.addAll(others);
		String[] names = { "陈少华", "李嘉怡", "冯国明", "周婉清", "梁志辉", "容丽珍", "黄俊杰" };
		Integer[] ratings = { 5, 4, 5, null, 4, 5, 3 };
		String[] comments = { "劳动合同部分讲得很实用，希望再办一期。", "案例贴近园区企业。", null, null, "税务部分可以再细一些。", "现场答疑解决了我们的商标问题。", null };
		int attended = 0;
		for (int i = 0; i < Math.min(names.length, came.size()); i++) {
			Timestamp registered = Timestamp.from(LocalDateTime.of(2024, 1, 8 + i, 10, 0).atZone(DISTRICT).toInstant());
			// One registered and did not come.
			Timestamp checkIn = i == 3 ? null : Timestamp.from(LocalDateTime.of(2024, 1, 18, 14, 20).atZone(DISTRICT).toInstant());
			attended += checkIn == null ? 0 : 1;
			jdbc.sql("""
					INSERT INTO lecture_registration (lecture_id, enterprise_id, name, enterprise_name, phone, code, status, registered_at, queued_at,
					    checked_in_at, rating, comment, rated_at)
					VALUES (?, ?, ?, ?, ?, ?, 'REGISTERED', ?, ?, ?, ?, ?, ?)""")
				.params(id, came.get(i).id(), names[i], came.get(i).name(), "1380000020" + i, LectureService.code(), registered, registered,
						checkIn, checkIn == null ? null : ratings[i], checkIn == null ? null : comments[i], checkIn == null || ratings[i] == null ? null : ends)
				.update();
		}
		jdbc.sql("INSERT INTO lecture_event (lecture_id, kind, data, actor_name, at) VALUES (?, 'scheduled', CAST(? AS jsonb), '何静怡', ?)")
			.params(id, LectureRows.pairs(new LectureEvent.Scheduled("益企讲堂：企业常见法律风险防范", point.name(), starts.toInstant(), expert.name(), 40, 10,
					List.of(), false).data()), scheduled).update();
		jdbc.sql("INSERT INTO lecture_event (lecture_id, kind, data, actor_name, at) VALUES (?, 'held', CAST(? AS jsonb), '何静怡', ?)")
			.params(id, LectureRows.pairs(new LectureEvent.Held(attended).data()), ends).update();
		Lecture held = lectures.find(id).orElseThrow();
		search.index(held, topics.find(topicIds).values().stream().map(TopicMenu.Topic::title).toList());
		topics.find(topicIds).values().forEach(search::index);
	}

	private void vote(long topicId, EnterpriseSummary... voters) {
		for (EnterpriseSummary voter : voters) {
			topics.vote(topicId, enterprise(voter));
		}
	}

	private static Actor enterprise(EnterpriseSummary enterprise) {
		return new Actor(null, "demo-data", enterprise.name(), null, Set.of(Permissions.LEGAL_REQUEST), enterprise.id());
	}

	private Optional<ServicePoint> point(String park) {
		return directory.points(true).stream().filter(point -> point.park().equals(park)).findFirst();
	}

	private Optional<Practitioner> expert(String name) {
		return directory.experts().stream().filter(expert -> expert.name().equals(name)).findFirst();
	}
}
