package org.luoshi.enterprise.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.util.List;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.luoshi.enterprise.EnterpriseFixtures;
import org.luoshi.enterprise.proposals.ProposalCommands.SubmitProposal;
import org.luoshi.enterprise.proposals.ProposalCommands.TakeStep;
import org.luoshi.enterprise.proposals.internal.ProposalFollowUp;
import org.luoshi.shared.Actor;
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
 * Proposals assigned on Monday 2 March 2026 and followed day by day by the daily follow-up, on a clock of the test's:
 * their answers are due on 2 June. The lead unit late with its answer is reminded on 18 May (15 days left, the light
 * turns yellow), again on 3 June (overdue) and the committee is told on 17 June (15 days overdue); a unit answering in
 * time gets nothing, nor its proposer who evaluates at once; the proposer who does not is reminded and then the
 * committee told; what waits for the committee — an examination, an assignment, a request for another assignment — is
 * reminded to it once after ten working days. Each reminder is a step of the command path (timeline, audit,
 * notification) and is sent once: a second run the same day does nothing, nor does the next day's run. A database and
 * clock of its own: the follow-up looks at every proposal.
 */
@IntegrationTest
@Import(ProposalFollowUpScenarioTests.Spring2026.class)
@TestPropertySource(properties = "luoshi.test.database=proposals-follow-up")
class ProposalFollowUpScenarioTests {

	static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

	/** What the follow-up's steps tell people. */
	static final java.util.Set<String> FOLLOW_UP = java.util.Set.of("proposal.notify.reminded-due-soon", "proposal.notify.reminded-overdue",
			"proposal.notify.escalated", "proposal.notify.proposer-reminded", "proposal.notify.evaluation-overdue",
			"proposal.notify.office-reminded-examine", "proposal.notify.office-reminded-assign", "proposal.notify.office-reminded-adjustment");

	@TestConfiguration(proxyBeanMethods = false)
	static class Spring2026 {

		@Bean
		MutableClock clock() {
			return new MutableClock(LocalDate.of(2026, 3, 2).atTime(LocalTime.of(9, 0)).atZone(SHANGHAI).toInstant(), SHANGHAI);
		}
	}

	@Autowired
	MutableClock clock;

	@Autowired
	ProposalManagement proposals;

	@Autowired
	ProposalFollowUp followUp;

	@Autowired
	EnterpriseFixtures fixtures;

	@Autowired
	JdbcClient jdbc;

	@Test
	void remindersClimbOnceForEachClockAndAProposalAnsweredInTimeGetsNothing() {
		Actor office = fixtures.actor("demo-cppcc");
		Actor justice = fixtures.justice();
		long unit = fixtures.unit("区司法局");

		long late = assigned("迟复", unit);
		long inTime = assigned("按时", unit);
		long unevaluated = assigned("未评价", unit);
		long adjusted = assigned("申请调整", unit);
		long waiting = submit("待审查").id();
		assertThat(proposals.details(late, office).clock().dueOn()).isEqualTo(LocalDate.of(2026, 6, 2));
		assertThat(run(LocalDate.of(2026, 3, 2))).isPresent();

		// The committee's own limits: ten working days (3–16 March), reminded on the eleventh, once.
		moveTo(LocalDate.of(2026, 3, 3));
		proposals.take(adjusted, new TakeStep(ProposalStep.REQUEST_ADJUSTMENT, null, List.of(), null, null, null, null, null, null, null,
				"本单位不承担此项职能。"), justice);
		run(LocalDate.of(2026, 3, 16));
		assertThat(kinds(waiting)).containsExactly("submitted");
		run(LocalDate.of(2026, 3, 17));
		assertThat(kinds(waiting)).containsExactly("submitted", "office-reminded-examine");
		assertThat(kinds(adjusted)).doesNotContain("office-reminded-adjustment");
		run(LocalDate.of(2026, 3, 18));
		assertThat(kinds(adjusted)).endsWith("adjustment-requested", "office-reminded-adjustment");
		assertThat(kinds(waiting)).containsExactly("submitted", "office-reminded-examine");
		// Accepted, it waits for its assignment: a wait of its own, reminded of in its turn.
		proposals.take(waiting, TakeStep.of(ProposalStep.ACCEPT, null), office);
		proposals.take(adjusted, new TakeStep(ProposalStep.DECIDE_ADJUSTMENT, null, List.of(), false, null, null, null, null, null, null,
				"该事项属司法局职责，请继续办理。"), office);
		run(LocalDate.of(2026, 4, 1));
		assertThat(kinds(waiting)).containsExactly("submitted", "office-reminded-examine", "accepted");
		run(LocalDate.of(2026, 4, 2));
		assertThat(kinds(waiting)).containsExactly("submitted", "office-reminded-examine", "accepted", "office-reminded-assign");
		assertThat(arguments(waiting, "office-reminded-assign")).containsExactly("2026-03-18", "11");

		// Answered well before the due day and evaluated at once: the follow-up never touches it.
		proposals.take(inTime, answer(AnswerCategory.A, "已办结。"), justice);
		proposals.take(inTime, evaluate(Evaluation.SATISFIED), member());

		run(LocalDate.of(2026, 5, 17));
		assertThat(kinds(late)).containsExactly("submitted", "accepted", "assigned");
		run(LocalDate.of(2026, 5, 18));
		assertThat(kinds(late)).containsExactly("submitted", "accepted", "assigned", "reminded-due-soon");
		assertThat(arguments(late, "reminded-due-soon")).containsExactly("区司法局", "2026-06-02", "15");
		assertThat(actorOf(late, "reminded-due-soon")).isEqualTo(Actor.SYSTEM.displayName());
		assertThat(run(LocalDate.of(2026, 5, 18))).as("a second run the same day").isEmpty();
		assertThat(kinds(late)).containsOnlyOnce("reminded-due-soon");
		run(LocalDate.of(2026, 5, 19));
		assertThat(kinds(late)).containsOnlyOnce("reminded-due-soon");

		// Answered after its reminder but in time: no overdue reminder; its proposer's month to evaluate starts.
		moveTo(LocalDate.of(2026, 5, 20));
		proposals.take(unevaluated, answer(AnswerCategory.C, "暂不具备条件。"), justice);

		run(LocalDate.of(2026, 6, 2));
		assertThat(kinds(late)).endsWith("reminded-due-soon");
		run(LocalDate.of(2026, 6, 3));
		assertThat(kinds(late)).endsWith("reminded-due-soon", "reminded-overdue");
		assertThat(arguments(late, "reminded-overdue")).containsExactly("区司法局", "2026-06-02", "1");
		run(LocalDate.of(2026, 6, 4));
		run(LocalDate.of(2026, 6, 5));
		assertThat(kinds(unevaluated)).endsWith("answered", "proposer-reminded");
		assertThat(arguments(unevaluated, "proposer-reminded")).containsExactly("2026-06-20", "15");
		run(LocalDate.of(2026, 6, 16));
		assertThat(kinds(late)).endsWith("reminded-due-soon", "reminded-overdue");
		run(LocalDate.of(2026, 6, 17));
		assertThat(run(LocalDate.of(2026, 6, 17))).isEmpty();
		run(LocalDate.of(2026, 6, 18));
		run(LocalDate.of(2026, 6, 20));
		run(LocalDate.of(2026, 6, 21));

		assertThat(kinds(late)).containsExactly("submitted", "accepted", "assigned", "reminded-due-soon", "reminded-overdue", "escalated");
		assertThat(arguments(late, "escalated")).containsExactly("区司法局", "2026-06-02", "15");
		assertThat(kinds(inTime)).containsExactly("submitted", "accepted", "assigned", "answered", "evaluated");
		assertThat(kinds(unevaluated)).containsExactly("submitted", "accepted", "assigned", "reminded-due-soon", "answered",
				"proposer-reminded", "evaluation-overdue");
		assertThat(kinds(adjusted)).containsSubsequence("adjustment-requested", "office-reminded-adjustment", "adjustment-refused",
				"reminded-due-soon", "reminded-overdue", "escalated");

		// Each step is the audit entry too, and the notification of whom it concerns, once.
		assertThat(audited(late, "enterprise.proposal.reminded-due-soon")).isEqualTo(1);
		assertThat(audited(late, "enterprise.proposal.escalated")).isEqualTo(1);
		Awaitility.await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(inbox("demo-dept", late)).filteredOn(FOLLOW_UP::contains).containsExactly("proposal.notify.reminded-due-soon",
					"proposal.notify.reminded-overdue", "proposal.notify.escalated");
			assertThat(inbox("demo-cppcc", late)).filteredOn(FOLLOW_UP::contains).containsExactly("proposal.notify.escalated");
			assertThat(inbox("demo-member", unevaluated)).filteredOn(FOLLOW_UP::contains).contains("proposal.notify.proposer-reminded");
			assertThat(inbox("demo-cppcc", unevaluated)).filteredOn(FOLLOW_UP::contains).containsExactly("proposal.notify.evaluation-overdue");
			assertThat(inbox("demo-cppcc", waiting)).filteredOn(FOLLOW_UP::contains).containsExactly("proposal.notify.office-reminded-examine",
					"proposal.notify.office-reminded-assign");
			assertThat(inbox("demo-cppcc", adjusted)).filteredOn(FOLLOW_UP::contains).startsWith("proposal.notify.office-reminded-adjustment");
		});
		assertThat(jdbc.sql("SELECT message_key FROM notification WHERE link = ?").param("/proposals/" + inTime).query(String.class).list())
			.isNotEmpty().noneMatch(FOLLOW_UP::contains);

		// The follow-up's steps are its own: never offered, refused when a person asks for them.
		ProposalDetails seen = proposals.details(late, office);
		assertThat(seen.actions().steps()).contains(ProposalStep.REMIND)
			.doesNotContain(ProposalStep.ESCALATE, ProposalStep.REMIND_PROPOSER, ProposalStep.REMIND_OFFICE);
		assertThatThrownBy(() -> proposals.take(late, TakeStep.of(ProposalStep.ESCALATE, null), office))
			.isInstanceOf(ValidationException.class)
			.satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::messageKey)
				.containsExactly("proposal.step.automatic"));
		assertThat(proposals.details(late, office).version()).isEqualTo(seen.version());
	}

	// ----- helpers

	private Actor member() {
		return fixtures.actor("demo-member");
	}

	private java.util.Optional<String> run(LocalDate day) {
		moveTo(day);
		return followUp.runFor(day);
	}

	private void moveTo(LocalDate day) {
		clock.advance(Duration.between(clock.instant(), day.atTime(LocalTime.of(9, 0)).atZone(SHANGHAI).toInstant()));
	}

	private ProposalDetails submit(String title) {
		long zhongtai = jdbc.sql("SELECT id FROM enterprise WHERE name = '中泰纸品有限公司'").query(Long.class).single();
		return proposals.submit(new SubmitProposal(title + System.nanoTime(), "企业反映的困难。", "具体建议。", null, List.of(), List.of(zhongtai)),
				member());
	}

	private long assigned(String title, long unitId) {
		long id = submit(title).id();
		Actor office = fixtures.actor("demo-cppcc");
		proposals.take(id, TakeStep.of(ProposalStep.ACCEPT, null), office);
		proposals.take(id, new TakeStep(ProposalStep.ASSIGN, unitId, List.of(), null, null, null, null, null, null, null, null), office);
		return id;
	}

	private static TakeStep answer(AnswerCategory category, String text) {
		return new TakeStep(ProposalStep.ANSWER, null, List.of(), null, category, null, null, null, null, null, text);
	}

	private static TakeStep evaluate(Evaluation evaluation) {
		return new TakeStep(ProposalStep.EVALUATE, null, List.of(), null, null, evaluation, null, null, null, null, null);
	}

	private List<String> kinds(long proposalId) {
		return proposals.details(proposalId, fixtures.actor("demo-cppcc")).timeline().stream().map(ProposalTimelineEntry::kind).toList();
	}

	private ProposalTimelineEntry entry(long proposalId, String kind) {
		return proposals.details(proposalId, fixtures.actor("demo-cppcc")).timeline().stream().filter(e -> e.kind().equals(kind))
			.findFirst().orElseThrow();
	}

	private List<String> arguments(long proposalId, String kind) {
		return entry(proposalId, kind).arguments();
	}

	private String actorOf(long proposalId, String kind) {
		return entry(proposalId, kind).actorName();
	}

	private long audited(long proposalId, String action) {
		return jdbc.sql("SELECT count(*) FROM audit_entry WHERE target_type = 'proposal' AND target_id = ? AND action = ?")
			.params(String.valueOf(proposalId), action).query(Long.class).single();
	}

	/** The notifications about the proposal in the account's inbox, oldest first. */
	private List<String> inbox(String username, long proposalId) {
		return jdbc.sql("""
				SELECT n.message_key FROM notification n JOIN inbox_item i ON i.notification_id = n.id JOIN account a ON a.id = i.account_id
				WHERE a.username = ? AND n.link = ? ORDER BY n.id""")
			.params(username, "/proposals/" + proposalId).query(String.class).list();
	}
}
