package org.luoshi.legalservice.lectures.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.luoshi.enterprise.EnterpriseDirectory;
import org.luoshi.enterprise.EnterpriseSummary;
import org.luoshi.enterprise.DemandKeywordCounts;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Changes;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.RecordChanged;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.web.Times;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The lecture menu (点单): topics proposed by enterprises' accounts and by staff, voted for once per enterprise, ranked by
 * demand — the votes plus the enterprise demands of the legal category raised in the last year whose title or text holds
 * one of the topic's keywords (counted by the demands module, {@link DemandKeywordCounts}). Taken into a lecture a topic
 * is scheduled, and held with it; a cancelled lecture puts it back on the menu.
 */
@Service
@Transactional
public class TopicMenu {

	/** The audit trail's name for a topic. */
	static final String TARGET = "lecture-topic";
	/** The demand category whose demands weigh on the menu. */
	static final String DEMAND_CATEGORY = "LEGAL";
	/** How far back the demands that weigh on the menu go. */
	static final int DEMAND_DAYS = 365;
	static final int MAX_TITLE = 60;
	static final int MAX_KEYWORDS = 8;
	static final int MAX_KEYWORD = 20;

	private final org.springframework.jdbc.core.simple.JdbcClient jdbc;
	private final DemandKeywordCounts demands;
	private final EnterpriseDirectory enterprises;
	private final LectureSearchRecords search;
	private final ApplicationEventPublisher events;
	private final Times times;

	TopicMenu(org.springframework.jdbc.core.simple.JdbcClient jdbc, DemandKeywordCounts demands, EnterpriseDirectory enterprises,
			LectureSearchRecords search, ApplicationEventPublisher events, Times times) {
		this.jdbc = jdbc;
		this.demands = demands;
		this.enterprises = enterprises;
		this.search = search;
		this.events = events;
		this.times = times;
	}

	public record Topic(long id, String title, String description, List<String> keywords, TopicStatus status, Long enterpriseId,
			String proposedByName, Instant proposedAt, int votes, int version) {
	}

	/**
	 * A topic as the menu ranks it.
	 *
	 * @param demands the legal demands of the last year matching its keywords
	 * @param score votes plus matching demands: what the menu ranks by
	 * @param rank its place on the menu (1 first) among the proposed topics; 0 for others
	 * @param votedByMe whether the reader's enterprise voted for it
	 */
	public record RankedTopic(long id, String title, String description, List<String> keywords, TopicStatus status, String proposedByName,
			Instant proposedAt, int votes, long demands, long score, int rank, boolean votedByMe) {
	}

	/** A topic as proposed, typed: the keywords separated by commas, 、 or spaces. */
	public record ProposeTopic(String title, String description, String keywords) {
	}

	public static boolean mayPropose(Actor actor) {
		return actor.isEnterprise() && actor.can(Permissions.LEGAL_REQUEST) || actor.can(Permissions.LEGAL_MANAGE)
				|| actor.can(Permissions.LEGAL_HANDLE);
	}

	public static boolean mayVote(Actor actor) {
		return actor.isEnterprise() && actor.can(Permissions.LEGAL_REQUEST);
	}

	public Topic propose(ProposeTopic command, Actor actor) {
		if (!mayPropose(actor)) {
			throw new AccessDeniedException("propose a topic");
		}
		ProposeTopic given = command == null ? new ProposeTopic(null, null, null) : command;
		List<Violation> violations = new ArrayList<>();
		String title = LectureService.text(given.title(), "topic.title", MAX_TITLE, true, violations);
		String description = LectureService.text(given.description(), "topic.description", 1000, false, violations);
		List<String> keywords = keywords(given.keywords(), violations);
		ValidationException.throwIfAny(violations);
		String proposer = actor.isEnterprise()
				? enterprises.find(actor.enterpriseId()).map(EnterpriseSummary::name).orElse(actor.displayName()) : actor.displayName();
		long id = jdbc.sql("""
				INSERT INTO lecture_topic (title, description, keywords, status, enterprise_id, proposed_by_account, proposed_by_name, proposed_at)
				VALUES (?, ?, ?, 'PROPOSED', ?, ?, ?, ?) RETURNING id""")
			.params(title, description, keywords.toArray(String[]::new), actor.isEnterprise() ? actor.enterpriseId() : null, actor.accountId(),
					proposer, Timestamp.from(times.now()))
			.query(Long.class)
			.single();
		Topic topic = find(List.of(id)).get(id);
		events.publishEvent(RecordChanged.of("legal.lecture-topic.proposed", TARGET, id, title, Changes.of().created("title", title)
			.created("description", description).created("keywords", keywords.isEmpty() ? null : String.join("、", keywords))
			.created("proposer", proposer)));
		search.index(topic);
		return topic;
	}

	/** An enterprise's vote: once per enterprise and topic, while the topic is on the menu. */
	public RankedTopic vote(long topicId, Actor actor) {
		Topic topic = votable(topicId, actor);
		int added = jdbc.sql("INSERT INTO lecture_topic_vote (topic_id, enterprise_id, account_id, voted_at) VALUES (?, ?, ?, ?) "
				+ "ON CONFLICT (topic_id, enterprise_id) DO NOTHING")
			.params(topicId, actor.enterpriseId(), actor.accountId(), Timestamp.from(times.now()))
			.update();
		if (added == 0) {
			throw new ValidationException(Violation.of(null, "legal.topic.vote.twice"));
		}
		int votes = jdbc.sql("UPDATE lecture_topic SET votes = votes + 1, version = version + 1 WHERE id = ? RETURNING votes").param(topicId)
			.query(Integer.class).single();
		events.publishEvent(RecordChanged.of("legal.lecture-topic.voted", TARGET, topicId, topic.title(),
				Changes.of().field("votes", topic.votes(), votes).created("enterprise", enterpriseName(actor))));
		return ranked(actor, topicId);
	}

	/** Takes the enterprise's vote back, while the topic is on the menu. */
	public RankedTopic withdrawVote(long topicId, Actor actor) {
		Topic topic = votable(topicId, actor);
		int removed = jdbc.sql("DELETE FROM lecture_topic_vote WHERE topic_id = ? AND enterprise_id = ?").params(topicId, actor.enterpriseId())
			.update();
		if (removed == 0) {
			throw new ValidationException(Violation.of(null, "legal.topic.vote.none"));
		}
		int votes = jdbc.sql("UPDATE lecture_topic SET votes = votes - 1, version = version + 1 WHERE id = ? RETURNING votes").param(topicId)
			.query(Integer.class).single();
		events.publishEvent(RecordChanged.of("legal.lecture-topic.vote-withdrawn", TARGET, topicId, topic.title(),
				Changes.of().field("votes", topic.votes(), votes).created("enterprise", enterpriseName(actor))));
		return ranked(actor, topicId);
	}

	private Topic votable(long topicId, Actor actor) {
		if (!LectureAccess.readsLectures(actor)) {
			throw new NotFoundException("topic", topicId);
		}
		if (!mayVote(actor)) {
			throw new AccessDeniedException("vote");
		}
		Topic topic = jdbc.sql("SELECT " + COLUMNS + " FROM lecture_topic WHERE id = ? FOR UPDATE").param(topicId).query(TopicMenu::topic)
			.optional().orElseThrow(() -> new NotFoundException("topic", topicId));
		if (topic.status() != TopicStatus.PROPOSED) {
			throw new ValidationException(Violation.of(null, "legal.topic.vote.closed"));
		}
		return topic;
	}

	private String enterpriseName(Actor actor) {
		return enterprises.find(actor.enterpriseId()).map(EnterpriseSummary::name).orElse(String.valueOf(actor.enterpriseId()));
	}

	// ----- reading

	/** The menu: the proposed topics ranked by demand, then those scheduled or held, newest first. */
	@Transactional(readOnly = true)
	public List<RankedTopic> menu(Actor actor) {
		if (!LectureAccess.readsLectures(actor)) {
			throw new AccessDeniedException("menu");
		}
		List<Topic> all = jdbc.sql("SELECT " + COLUMNS + " FROM lecture_topic WHERE status <> 'WITHDRAWN' ORDER BY id").query(TopicMenu::topic).list();
		return rank(all, actor);
	}

	/** One topic as the menu ranks it for the reader. */
	public RankedTopic ranked(Actor actor, long topicId) {
		return menu(actor).stream().filter(topic -> topic.id() == topicId).findFirst().orElseThrow();
	}

	private List<RankedTopic> rank(List<Topic> all, Actor actor) {
		List<Long> counts = demands.count(DEMAND_CATEGORY, all.stream().map(Topic::keywords).toList(), times.today().minusDays(DEMAND_DAYS));
		Set<Long> voted = actor.isEnterprise() ? new java.util.HashSet<>(jdbc.sql("SELECT topic_id FROM lecture_topic_vote WHERE enterprise_id = ?")
			.param(actor.enterpriseId()).query(Long.class).list()) : Set.of();
		List<RankedTopic> unranked = new ArrayList<>();
		for (int i = 0; i < all.size(); i++) {
			Topic topic = all.get(i);
			long matching = counts.get(i);
			unranked.add(new RankedTopic(topic.id(), topic.title(), topic.description(), topic.keywords(), topic.status(), topic.proposedByName(),
					topic.proposedAt(), topic.votes(), matching, topic.votes() + matching, 0, voted.contains(topic.id())));
		}
		List<RankedTopic> proposed = unranked.stream().filter(t -> t.status() == TopicStatus.PROPOSED)
			.sorted(Comparator.comparingLong(RankedTopic::score).reversed().thenComparing(Comparator.comparingInt(RankedTopic::votes).reversed())
				.thenComparingLong(RankedTopic::id))
			.toList();
		List<RankedTopic> menu = new ArrayList<>();
		for (int i = 0; i < proposed.size(); i++) {
			RankedTopic t = proposed.get(i);
			menu.add(new RankedTopic(t.id(), t.title(), t.description(), t.keywords(), t.status(), t.proposedByName(), t.proposedAt(), t.votes(),
					t.demands(), t.score(), i + 1, t.votedByMe()));
		}
		unranked.stream().filter(t -> t.status() != TopicStatus.PROPOSED).sorted(Comparator.comparingLong(RankedTopic::id).reversed())
			.forEach(menu::add);
		return menu;
	}

	/** Topics by id, in the order asked. */
	public Map<Long, Topic> find(Collection<Long> ids) {
		Map<Long, Topic> found = new LinkedHashMap<>();
		if (ids.isEmpty()) {
			return found;
		}
		Map<Long, Topic> byId = new LinkedHashMap<>();
		jdbc.sql("SELECT " + COLUMNS + " FROM lecture_topic WHERE id = ANY (?)").param(ids.toArray(Long[]::new)).query(TopicMenu::topic).list()
			.forEach(topic -> byId.put(topic.id(), topic));
		ids.stream().filter(byId::containsKey).forEach(id -> found.put(id, byId.get(id)));
		return found;
	}

	// ----- moved along by lectures

	void scheduled(List<Long> topicIds, long lectureId, Actor actor) {
		move(topicIds, Set.of(TopicStatus.PROPOSED, TopicStatus.HELD), TopicStatus.SCHEDULED, "legal.lecture-topic.scheduled", lectureId);
	}

	void held(List<Long> topicIds, long lectureId, Actor actor) {
		move(topicIds, Set.of(TopicStatus.PROPOSED, TopicStatus.SCHEDULED), TopicStatus.HELD, "legal.lecture-topic.held", lectureId);
	}

	/** A lecture called off: its topics go back on the menu unless another lecture to come, or one held, has them. */
	void unscheduled(List<Long> topicIds, long lectureId, Actor actor) {
		List<Long> free = topicIds.stream().filter(topicId -> jdbc.sql("""
				SELECT count(*) FROM lecture_topic_link k JOIN lecture l ON l.id = k.lecture_id
				WHERE k.topic_id = ? AND l.id <> ? AND l.status <> 'CANCELLED'""").params(topicId, lectureId).query(Long.class).single() == 0)
			.toList();
		move(free, Set.of(TopicStatus.SCHEDULED), TopicStatus.PROPOSED, "legal.lecture-topic.unscheduled", lectureId);
	}

	private void move(List<Long> topicIds, Set<TopicStatus> from, TopicStatus to, String action, long lectureId) {
		for (Topic topic : find(topicIds).values()) {
			if (!from.contains(topic.status())) {
				continue;
			}
			jdbc.sql("UPDATE lecture_topic SET status = ?, version = version + 1 WHERE id = ?").params(to.name(), topic.id()).update();
			events.publishEvent(RecordChanged.of(action, TARGET, topic.id(), topic.title(),
					Changes.of().field("status", topic.status().name(), to.name()).created("lecture", lectureId)));
			search.index(find(List.of(topic.id())).get(topic.id()));
		}
	}

	// ----- input and rows

	static List<String> keywords(String typed, List<Violation> violations) {
		if (typed == null || typed.isBlank()) {
			return List.of();
		}
		Set<String> words = new LinkedHashSet<>();
		Arrays.stream(typed.split("[,，、;；\\s]+")).map(String::strip).filter(word -> !word.isEmpty()).forEach(words::add);
		if (words.size() > MAX_KEYWORDS) {
			violations.add(Violation.of("keywords", "legal.topic.keywords.too-many", MAX_KEYWORDS));
		}
		if (words.stream().anyMatch(word -> word.length() > MAX_KEYWORD)) {
			violations.add(Violation.of("keywords", "legal.topic.keywords.too-long", MAX_KEYWORD));
		}
		return List.copyOf(words);
	}

	private static final String COLUMNS = """
			id, title, description, keywords, status, enterprise_id, proposed_by_name, proposed_at, votes, version""";

	private static Topic topic(ResultSet rs, int row) throws SQLException {
		String[] keywords = (String[]) rs.getArray("keywords").getArray();
		return new Topic(rs.getLong("id"), rs.getString("title"), rs.getString("description"), List.of(keywords),
				TopicStatus.valueOf(rs.getString("status")), rs.getObject("enterprise_id", Long.class), rs.getString("proposed_by_name"),
				rs.getTimestamp("proposed_at").toInstant(), rs.getInt("votes"), rs.getInt("version"));
	}

	static String lower(String text) {
		return text.toLowerCase(Locale.ROOT);
	}
}
