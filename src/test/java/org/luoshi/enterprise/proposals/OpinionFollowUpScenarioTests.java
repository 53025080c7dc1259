package org.luoshi.enterprise.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.luoshi.enterprise.EnterpriseFixtures;
import org.luoshi.enterprise.proposals.OpinionCommands.SubmitOpinion;
import org.luoshi.enterprise.proposals.OpinionCommands.TakeOpinionStep;
import org.luoshi.enterprise.proposals.internal.ProposalFollowUp;
import org.luoshi.enterprise.proposals.internal.ProposalQueries;
import org.luoshi.shared.Actor;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.MutableClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * Public-opinion reports submitted on Monday 2 March 2026 and followed day by day by the proposals' daily follow-up, on
 * a clock of the test's. The office examines a report within five working days (due Monday 9 March) and forwards one
 * adopted within five working days of its adoption. A report left unexamined turns yellow on its last working day but
 * one, is reminded to the office once the day after its limit (10 March) and not again; adopted late, its forwarding
 * has a limit and a reminder of its own. A report adopted and forwarded in time gets nothing. Each reminder is a step of
 * the report's command path (timeline entry by 系统, audit entry, the office's notification), never offered to people
 * and refused when they ask for it. A database and clock of its own: the follow-up looks at every report.
 */
@IntegrationTest
@Import(OpinionFollowUpScenarioTests.March2026.class)
@TestPropertySource(properties = "luoshi.test.database=opinions-follow-up")
class OpinionFollowUpScenarioTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	static final Set<String> REMINDERS = Set.of("opinion.notify.office-reminded-examine", "opinion.notify.office-reminded-forward");

	@TestConfiguration(proxyBeanMethods = false)
	static class March2026 {

		@Bean
		MutableClock clock() {
			return new MutableClock(LocalDate.of(2026, 3, 2).atTime(LocalTime.of(9, 0)).atZone(SHANGHAI).toInstant(), SHANGHAI);
		}
	}

	@Autowired
	MutableClock clock;

	@Autowired
	OpinionManagement opinions;

	@Autowired
	ProposalQueries queries;

	@Autowired
	ProposalFollowUp followUp;

	@Autowired
	EnterpriseFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void theOfficeIsRemindedOnceForEachLimitItLetsPassAndAReportHandledInTimeGetsNothing() {
		Actor office = fixtures.actor("demo-cppcc");
		long unexamined = submit("未编审");
		long inTime = submit("按时");
		long unforwarded = submit("未报送");
		OpinionClock examine = opinions.details(unexamined, office).clock();
		assertThat(examine).isEqualTo(new OpinionClock(OpinionClock.Limit.EXAMINE, LocalDate.of(2026, 3, 9), 5, 0, true,
				OpinionClock.Light.GREEN));
		assertThat(run(LocalDate.of(2026, 3, 2))).isPresent();

		// Examined and forwarded in time: its forwarding's limit ran from the adoption (Wednesday 4 March, due the 11th).
		moveTo(LocalDate.of(2026, 3, 4));
		opinions.take(inTime, TakeOpinionStep.of(OpinionStep.ADOPT, null), office);
		assertThat(opinions.take(unforwarded, TakeOpinionStep.of(OpinionStep.ADOPT, null), office).clock())
			.isEqualTo(new OpinionClock(OpinionClock.Limit.FORWARD, LocalDate.of(2026, 3, 11), 5, 0, true, OpinionClock.Light.GREEN));
		moveTo(LocalDate.of(2026, 3, 5));
		assertThat(forward(inTime).clock()).isEqualTo(new OpinionClock(OpinionClock.Limit.FORWARD, LocalDate.of(2026, 3, 11), 4, 0, false,
				OpinionClock.Light.GREEN));

		// Due soon on its last working day but one (Friday 6 March, Monday the 9th is the last), overdue after it.
		run(LocalDate.of(2026, 3, 6));
		assertThat(opinions.details(unexamined, office).clock().light()).isEqualTo(OpinionClock.Light.YELLOW);
		run(LocalDate.of(2026, 3, 9));
		assertThat(opinions.details(unexamined, office).clock().workingDaysLeft()).isZero();
		assertThat(kinds(unexamined)).containsExactly("submitted");
		assertThat(run(LocalDate.of(2026, 3, 10))).isPresent();
		assertThat(kinds(unexamined)).containsExactly("submitted", "office-reminded-examine");
		assertThat(entry(unexamined, "office-reminded-examine").arguments()).containsExactly("2026-03-09", "1");
		assertThat(entry(unexamined, "office-reminded-examine").actorName()).isEqualTo(Actor.SYSTEM.displayName());
		OpinionSummary listed = queries.opinions(null, null, PageQuery.of(0, 100, "submitted,desc", "submitted", Set.of("submitted")), office)
			.items().stream().filter(summary -> summary.id() == unexamined).findFirst().orElseThrow();
		assertThat(listed.clock()).isEqualTo(new OpinionClock(OpinionClock.Limit.EXAMINE, LocalDate.of(2026, 3, 9), 0, 1, true,
				OpinionClock.Light.RED));
		assertThat(run(LocalDate.of(2026, 3, 10))).as("a second run the same day").isEmpty();
		run(LocalDate.of(2026, 3, 11));
		assertThat(kinds(unexamined)).containsOnlyOnce("office-reminded-examine");
		assertThat(kinds(unforwarded)).containsExactly("submitted", "adopted");

		// The adopted one not forwarded by Wednesday 11 March is reminded on the 12th; the one left unexamined is adopted
		// at last, and its forwarding's limit (19 March) brings a reminder of its own.
		moveTo(LocalDate.of(2026, 3, 12));
		opinions.take(unexamined, TakeOpinionStep.of(OpinionStep.ADOPT, null), office);
		run(LocalDate.of(2026, 3, 12));
		assertThat(kinds(unforwarded)).containsExactly("submitted", "adopted", "office-reminded-forward");
		assertThat(entry(unforwarded, "office-reminded-forward").arguments()).containsExactly("2026-03-11", "1");
		run(LocalDate.of(2026, 3, 19));
		assertThat(kinds(unexamined)).containsExactly("submitted", "office-reminded-examine", "adopted");
		run(LocalDate.of(2026, 3, 20));
		run(LocalDate.of(2026, 3, 23));
		assertThat(kinds(unexamined)).containsExactly("submitted", "office-reminded-examine", "adopted", "office-reminded-forward");
		assertThat(kinds(unforwarded)).containsOnlyOnce("office-reminded-forward");
		// Forwarded late, it says so.
		assertThat(forward(unforwarded).clock()).isEqualTo(new OpinionClock(OpinionClock.Limit.FORWARD, LocalDate.of(2026, 3, 11), 0, 8,
				false, OpinionClock.Light.RED));
		assertThat(kinds(inTime)).containsExactly("submitted", "adopted", "forwarded");

		// Each reminder is the audit entry too, and the office's notification, once.
		assertThat(audited(unexamined, "enterprise.opinion.office-reminded-examine")).isEqualTo(1);
		assertThat(audited(unexamined, "enterprise.opinion.office-reminded-forward")).isEqualTo(1);
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(inbox("demo-cppcc", unexamined)).filteredOn(REMINDERS::contains).containsExactly("opinion.notify.office-reminded-examine",
					"opinion.notify.office-reminded-forward");
			assertThat(inbox("demo-cppcc", unforwarded)).filteredOn(REMINDERS::contains).containsExactly("opinion.notify.office-reminded-forward");
		});
		assertThat(inbox("demo-member", unexamined)).noneMatch(REMINDERS::contains);
		assertThat(jdbc.sql("SELECT message_key FROM notification WHERE link = ?").param("/proposals/opinions/" + inTime).query(String.class)
			.list()).noneMatch(REMINDERS::contains);

		// The follow-up's step is its own: never offered, refused when a person asks for it, nothing changed.
		long waiting = submit("待编审");
		OpinionDetails seen = opinions.details(waiting, office);
		assertThat(seen.actions().steps()).contains(OpinionStep.ADOPT).doesNotContain(OpinionStep.REMIND_OFFICE);
		assertThatThrownBy(() -> opinions.take(waiting, TakeOpinionStep.of(OpinionStep.REMIND_OFFICE, null), office))
			.isInstanceOf(ValidationException.class)
			.satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::messageKey)
				.containsExactly("proposal.step.automatic"));
		assertThat(opinions.details(waiting, office).version()).isEqualTo(seen.version());
		assertThat(kinds(waiting)).containsExactly("submitted");
	}

	// ----- helpers

	private Optional<String> run(LocalDate day) {
		moveTo(day);
		return followUp.runFor(day);
	}

	private void moveTo(LocalDate day) {
		clock.advance(Duration.between(clock.instant(), day.atTime(LocalTime.of(9, 0)).atZone(SHANGHAI).toInstant()));
	}

	private long submit(String title) {
		return opinions.submit(new SubmitOpinion(title + System.nanoTime(), "企业反映用工紧张。", List.of()), fixtures.actor("demo-member")).id();
	}

	private OpinionDetails forward(long opinionId) {
		return opinions.take(opinionId, new TakeOpinionStep(OpinionStep.FORWARD, null, null, "区政府分管领导", List.of(), null),
				fixtures.actor("demo-cppcc"));
	}

	private List<String> kinds(long opinionId) {
		return opinions.details(opinionId, fixtures.actor("demo-cppcc")).timeline().stream().map(ProposalTimelineEntry::kind).toList();
	}

	private ProposalTimelineEntry entry(long opinionId, String kind) {
		return opinions.details(opinionId, fixtures.actor("demo-cppcc")).timeline().stream().filter(e -> e.kind().equals(kind))
			.findFirst().orElseThrow();
	}

	private long audited(long opinionId, String action) {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE target_type = 'opinion' AND target_id = ? AND action = ?")
			.params(String.valueOf(opinionId), action).query(Long.class).single();
	}

	/** The notifications about the report in the account's inbox, oldest first. */
	private List<String> inbox(String username, long opinionId) {
		return jdbc.sql("""
				SELECT n.message_key FROM notification n JOIN inbox_item i ON i.notification_id = n.id JOIN account a ON a.id = i.account_id
				WHERE a.username = ? AND n.link = ? ORDER BY n.id""")
			.params(username, "/proposals/opinions/" + opinionId).query(String.class).list();
	}
}
