package org.luoshi.enterprise.proposals;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.luoshi.enterprise.EnterpriseFixtures;
import org.luoshi.enterprise.EnterpriseTimelineEntry;
import org.luoshi.enterprise.EnterpriseTimelineSource;
import org.luoshi.enterprise.proposals.OpinionCommands.TakeOpinionStep;
import org.luoshi.enterprise.proposals.ProposalCommands.SubmitProposal;
import org.luoshi.enterprise.proposals.ProposalCommands.TakeStep;
import org.luoshi.identity.AccountSummary;
import org.luoshi.identity.Role;
import org.luoshi.identity.internal.AccountAdministration;
import org.luoshi.identity.internal.AccountAdministration.CreateAccountCommand;
import org.luoshi.identity.internal.AccountAdministration.GrantRolesCommand;
import org.luoshi.organization.OrganizationAdministration;
import org.luoshi.organization.StaffSummary;
import org.luoshi.organization.UnitCommands.CreateStaff;
import org.luoshi.search.Search;
import org.luoshi.search.SearchQuery;
import org.luoshi.shared.Actor;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.web.Times;
import org.luoshi.support.ApiClient;
import org.luoshi.support.Auditors;
import org.luoshi.support.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;

/**
 * Proposals on PostgreSQL through the real services: the whole path from submission to evaluation for the side that
 * takes each step, the refusals (404, 403, 409, 400) with nothing changed, the three-month due day and its light, the B
 * answer's follow-up, the second answer after 不满意 with the first kept, adjustment, the conversion into a public-opinion
 * report, the demand's intake and its progress events, and the one visibility rule on lists, search and the 360° page.
 */
@IntegrationTest
@Import(ProposalIntegrationTests.Heard.class)
class ProposalIntegrationTests {

	@Autowired
	ProposalManagement proposals;

	@Autowired
	OpinionManagement opinions;

	@Autowired
	ProposalIntake intake;

	@Autowired
	EnterpriseFixtures fixtures;

	@Autowired
	List<EnterpriseTimelineSource> timelineSources;

	@Autowired
	Search search;

	@Autowired
	Times times;

	@Autowired
	JdbcClient jdbc;

	@LocalServerPort
	int port;

	@Autowired
	Heard heard;

	@Autowired
	OrganizationAdministration organization;

	@Autowired
	AccountAdministration accounts;

	/** What demands would hear: every ProposalProgressed published. */
	static class Heard {

		final List<ProposalProgressed> events = new java.util.concurrent.CopyOnWriteArrayList<>();

		@org.springframework.context.event.EventListener
		void on(ProposalProgressed event) {
			events.add(event);
		}
	}

	Actor office() {
		return fixtures.actor("demo-cppcc");
	}

	Actor member() {
		return fixtures.actor("demo-member");
	}

	@Test
	void theDemoDataHasProposalsInTheStatesTheOfficeMeets() {
		assertThat(jdbc.sql("SELECT DISTINCT status FROM proposal").query(String.class).list())
			.contains("SUBMITTED", "ASSIGNED", "IN_FOLLOW_UP", "REJECTED");
		assertThat(jdbc.sql("SELECT count(*) FROM proposal WHERE answer_category = 'B' AND evaluation = 'BASICALLY'").query(Long.class).single())
			.isPositive();
		assertThat(jdbc.sql("SELECT count(*) FROM proposal_opinion o JOIN proposal p ON p.opinion_id = o.id WHERE o.status IN ('ADOPTED', 'FORWARDED')")
			.query(Long.class).single()).isPositive();
	}

	@Test
	void aProposalGoesFromSubmissionThroughAnAnswerToTheMembersEvaluation() {
		ProposalDetails submitted = submit("办结测试");
		assertThat(submitted.status()).isEqualTo(ProposalStatus.SUBMITTED);
		assertThat(submitted.number()).isNull();
		assertThat(submitted.actions().steps()).containsExactlyInAnyOrder(ProposalStep.WITHDRAW);
		assertThat(proposals.details(submitted.id(), office()).actions().steps())
			.containsExactlyInAnyOrder(ProposalStep.ACCEPT, ProposalStep.REJECT, ProposalStep.RETURN_FOR_REVISION);

		ProposalDetails accepted = proposals.take(submitted.id(), TakeStep.of(ProposalStep.ACCEPT, null), office());
		assertThat(accepted.number()).matches(times.today().getYear() + "-\\d{4}");
		long justice = fixtures.unit("区司法局");
		long tangxia = fixtures.unit("棠下镇");
		ProposalDetails assigned = proposals.take(submitted.id(), assign(justice, tangxia), office());
		assertThat(assigned.status()).isEqualTo(ProposalStatus.ASSIGNED);
		assertThat(assigned.clock().dueOn()).isEqualTo(times.today().plusMonths(3));
		assertThat(assigned.clock().light()).isEqualTo(ProposalClock.Light.GREEN);

		assertThat(proposals.details(submitted.id(), fixtures.tangxia()).actions().steps()).containsExactly(ProposalStep.CONTRIBUTE);
		proposals.take(submitted.id(), TakeStep.of(ProposalStep.CONTRIBUTE, "镇里可配合组织企业座谈。"), fixtures.tangxia());
		assertThatThrownBy(() -> proposals.take(submitted.id(), answer(null, "答复"), fixtures.justice()))
			.isInstanceOf(ValidationException.class);
		ProposalDetails answered = proposals.take(submitted.id(), answer(AnswerCategory.A, "已组织律师团队走访。"), fixtures.justice());
		assertThat(answered.status()).isEqualTo(ProposalStatus.ANSWERED);
		assertThat(answered.clock().running()).isFalse();
		assertThat(answered.clock().light()).isEqualTo(ProposalClock.Light.GREEN);

		assertThatThrownBy(() -> proposals.take(submitted.id(), evaluate(Evaluation.SATISFIED, null), fixtures.justice()))
			.isInstanceOf(AccessDeniedException.class);
		ProposalDetails closed = proposals.take(submitted.id(), evaluate(Evaluation.SATISFIED, null), member());
		assertThat(closed.status()).isEqualTo(ProposalStatus.CLOSED);
		assertThat(closed.timeline()).extracting(ProposalTimelineEntry::kind)
			.containsExactly("submitted", "accepted", "assigned", "contributed", "answered", "evaluated");
		assertThat(jdbc.sql("SELECT count(*) FROM audit_entry WHERE target_type = 'proposal' AND target_id = ?").param(String.valueOf(submitted.id()))
			.query(Long.class).single()).isEqualTo(6);
		assertThatThrownBy(() -> proposals.take(submitted.id(), answer(AnswerCategory.A, "再答"), fixtures.justice()))
			.isInstanceOf(ConflictException.class).hasMessage("proposal.finished");
	}

	@Test
	void eachTimelineEntryGivesItsFactsInTheOrderItsMessageNamesThem() {
		long id = assigned("顺序测试", fixtures.unit("区司法局"));
		proposals.take(id, answer(AnswerCategory.B, "已列入明年工作计划。"), fixtures.justice());
		ProposalDetails evaluated = proposals.take(id, evaluate(Evaluation.BASICALLY, null), member());

		// 交办 {0} 主办，{1} 前答复 — the unit, then the day.
		assertThat(entry(evaluated, "assigned").arguments()).containsExactly("区司法局", times.today().plusMonths(3).toString());
		// 答复（{0}）— the class, then the round and whether in time.
		List<String> answered = entry(evaluated, "answered").arguments();
		assertThat(answered.subList(1, 3)).containsExactly("1", "true");
		// 委员评价：{0}，转入跟踪落实 — the evaluation, then the class answered.
		assertThat(entry(evaluated, "evaluated-follow-up").arguments()).hasSize(2).last().isEqualTo(answered.get(0));
	}

	@Test
	void aBAnswerAcceptedStaysInFollowUpUntilTheUnitReportsItDone() {
		long id = assigned("跟踪测试", fixtures.unit("区司法局"));
		proposals.take(id, answer(AnswerCategory.B, "已列入明年工作计划。"), fixtures.justice());
		ProposalDetails tracked = proposals.take(id, evaluate(Evaluation.BASICALLY, null), member());
		assertThat(tracked.status()).isEqualTo(ProposalStatus.IN_FOLLOW_UP);
		assertThat(tracked.timeline()).extracting(ProposalTimelineEntry::kind).endsWith("evaluated-follow-up");
		assertThat(proposals.details(id, fixtures.justice()).actions().steps()).containsExactly(ProposalStep.REPORT_DONE);
		assertThatThrownBy(() -> proposals.take(id, TakeStep.of(ProposalStep.REPORT_DONE, " "), fixtures.justice()))
			.isInstanceOf(ValidationException.class);
		ProposalDetails done = proposals.take(id, TakeStep.of(ProposalStep.REPORT_DONE, "已落实到位。"), fixtures.justice());
		assertThat(done.status()).isEqualTo(ProposalStatus.CLOSED);
	}

	@Test
	void notSatisfiedSendsItBackToBeAnsweredAgainWithinAMonthKeepingTheFirstAnswer() {
		long id = assigned("再次办理测试", fixtures.unit("区司法局"));
		proposals.take(id, answer(AnswerCategory.C, "暂不具备条件。"), fixtures.justice());
		assertThatThrownBy(() -> proposals.take(id, evaluate(Evaluation.UNSATISFIED, " "), member()))
			.isInstanceOf(ValidationException.class)
			.satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::messageKey)
				.containsExactly("proposal.evaluation.unsatisfied.reason"));
		ProposalDetails again = proposals.take(id, evaluate(Evaluation.UNSATISFIED, "没有说明原因"), member());
		assertThat(again.status()).isEqualTo(ProposalStatus.ASSIGNED);
		assertThat(again.clock().dueOn()).isEqualTo(times.today().plusMonths(1));
		ProposalDetails second = proposals.take(id, answer(AnswerCategory.B, "经再次研究，拟分步解决。"), fixtures.justice());
		assertThat(second.answerCount()).isEqualTo(2);
		assertThat(second.timeline()).extracting(ProposalTimelineEntry::kind).contains("answered", "evaluated-rehandle", "answered-again");
		assertThat(second.timeline()).extracting(ProposalTimelineEntry::text).contains("暂不具备条件。", "经再次研究，拟分步解决。");
	}

	@Test
	void theDueDayCountsCalendarMonthsAndItsLightTurnsYellowThenRed() {
		LocalDate today = LocalDate.of(2026, 3, 2);
		assertThat(ProposalClock.of(LocalDate.of(2026, 2, 28), true, null, LocalDate.of(2026, 3, 1)).light()).isEqualTo(ProposalClock.Light.RED);
		assertThat(LocalDate.of(2025, 11, 30).plusMonths(3)).isEqualTo(LocalDate.of(2026, 2, 28));
		assertThat(ProposalClock.of(today.plusDays(16), true, null, today).light()).isEqualTo(ProposalClock.Light.GREEN);
		assertThat(ProposalClock.of(today.plusDays(15), true, null, today).light()).isEqualTo(ProposalClock.Light.YELLOW);
		ProposalClock overdue = ProposalClock.of(today.minusDays(3), true, null, today);
		assertThat(overdue.light()).isEqualTo(ProposalClock.Light.RED);
		assertThat(overdue.daysOverdue()).isEqualTo(3);
		assertThat(ProposalClock.of(today.minusDays(3), false, today, today.plusDays(5)).light()).as("answered late").isEqualTo(ProposalClock.Light.RED);

		long id = assigned("逾期测试", fixtures.unit("区司法局"));
		jdbc.sql("UPDATE proposal SET due_on = ? WHERE id = ?").params(times.today().minusDays(2), id).update();
		ProposalDetails late = proposals.details(id, office());
		assertThat(late.clock().light()).isEqualTo(ProposalClock.Light.RED);
		assertThat(late.clock().daysOverdue()).isEqualTo(2);
	}

	@Test
	void theLeadUnitAsksForAnotherAssignmentAndTheOfficeDecides() {
		long id = assigned("调整测试", fixtures.unit("区司法局"));
		assertThatThrownBy(() -> proposals.take(id, TakeStep.of(ProposalStep.REQUEST_ADJUSTMENT, "x"), office()))
			.isInstanceOf(AccessDeniedException.class);
		proposals.take(id, TakeStep.of(ProposalStep.REQUEST_ADJUSTMENT, "涉及产业政策，不属本局职责。"), fixtures.justice());
		assertThatThrownBy(() -> proposals.take(id, answer(AnswerCategory.A, "答"), fixtures.justice()))
			.isInstanceOf(ConflictException.class).hasMessage("proposal.adjustment.pending");
		assertThatThrownBy(() -> proposals.take(id, TakeStep.of(ProposalStep.REQUEST_ADJUSTMENT, "再申请"), fixtures.justice()))
			.isInstanceOf(ConflictException.class);
		long development = fixtures.unit("区发改局");
		ProposalDetails moved = proposals.take(id, new TakeStep(ProposalStep.DECIDE_ADJUSTMENT, development, List.of(), true, null, null, null,
				null, null, null, "改由发改局主办"), office());
		assertThat(moved.leadUnit().name()).isEqualTo("区发改局");
		assertThat(moved.adjustmentRequested()).isFalse();
		assertThatThrownBy(() -> proposals.details(id, fixtures.justice())).isInstanceOf(NotFoundException.class);
	}

	@Test
	void theOfficesNoticesReachTheOfficeNotTheMembersOfItsUnitWhoHearOfTheirOwnProposals() {
		Actor listed = memberListedUnderTheOfficesUnit();
		ProposalDetails submitted = proposals.submit(new SubmitProposal("通知测试" + System.nanoTime(), "企业反映的困难。", "具体建议。", null,
				List.of(), List.of(zhongtai())), listed);
		long id = submitted.id();
		proposals.take(id, TakeStep.of(ProposalStep.ACCEPT, null), office());
		proposals.take(id, assign(fixtures.unit("区司法局"), null), office());
		proposals.take(id, TakeStep.of(ProposalStep.REQUEST_ADJUSTMENT, "涉及产业政策，不属本局职责。"), fixtures.justice());
		proposals.take(id, new TakeStep(ProposalStep.DECIDE_ADJUSTMENT, null, List.of(), false, null, null, null, null, null, null,
				"属本局职责范围"), office());
		proposals.take(id, answer(AnswerCategory.A, "已组织律师团队走访。"), fixtures.justice());

		// The request waits for the office (demo-cppcc, staff of 区政协 with proposal:manage); the answer for its proposer.
		await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
			assertThat(inbox("demo-cppcc", id)).contains("proposal.notify.adjustment-requested");
			assertThat(inbox(listed.username(), id)).contains("proposal.notify.accepted", "proposal.notify.answered");
		});
		assertThat(inbox(listed.username(), id)).doesNotContain("proposal.notify.adjustment-requested");
		assertThat(inbox("demo-member", id)).isEmpty();
	}

	@Test
	void withoutAnOfficeUnitHoldingAnyoneWhoManagesProposalsTheOfficesNoticesReachEveryoneWhoDoes() {
		Long named = jdbc.sql("SELECT office_unit_id FROM proposal_settings").query(Long.class).single();
		try {
			// A server without the demo data names no office unit.
			jdbc.sql("UPDATE proposal_settings SET office_unit_id = NULL").update();
			long unnamed = submit("未设提案委单位").id();
			// Or it names a unit where nobody manages proposals.
			jdbc.sql("UPDATE proposal_settings SET office_unit_id = ?").param(fixtures.unit("区司法局")).update();
			long nobody = submit("提案委单位无人").id();

			await().atMost(Duration.ofSeconds(15)).untilAsserted(() -> {
				assertThat(inbox("demo-cppcc", unnamed)).contains("proposal.notify.submitted");
				assertThat(inbox("demo-cppcc", nobody)).contains("proposal.notify.submitted");
			});
			assertThat(inbox("demo-dept", nobody)).isEmpty();
			assertThat(inbox("demo-admin", unnamed)).isEmpty();
		}
		finally {
			jdbc.sql("UPDATE proposal_settings SET office_unit_id = ?").param(named).update();
		}
	}

	@Test
	void aProposalNotAcceptedBecomesAnAdoptedPublicOpinionReportInOneStep() {
		ProposalDetails submitted = submit("转社情民意测试");
		assertThatThrownBy(() -> proposals.take(submitted.id(), TakeStep.of(ProposalStep.CONVERT_TO_OPINION, null), office()))
			.isInstanceOf(ConflictException.class).hasMessage("proposal.not-rejected");
		assertThatThrownBy(() -> proposals.take(submitted.id(), TakeStep.of(ProposalStep.REJECT, "属具体事务"), office()))
			.isInstanceOf(ValidationException.class);
		proposals.take(submitted.id(), new TakeStep(ProposalStep.REJECT, null, List.of(), null, null, null, Disposition.OPINION, null, null, null,
				"属具体事务"), office());
		ProposalDetails converted = proposals.take(submitted.id(), TakeStep.of(ProposalStep.CONVERT_TO_OPINION, null), office());
		assertThat(converted.opinionId()).isNotNull();
		assertThatThrownBy(() -> proposals.take(submitted.id(), TakeStep.of(ProposalStep.CONVERT_TO_OPINION, null), office()))
			.isInstanceOf(ConflictException.class).hasMessage("proposal.opinion.already");

		OpinionDetails opinion = opinions.details(converted.opinionId(), member());
		assertThat(opinion.proposalId()).isEqualTo(submitted.id());
		assertThatThrownBy(() -> opinions.take(opinion.id(), TakeOpinionStep.of(OpinionStep.ADOPT, null), member()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> opinions.take(opinion.id(), TakeOpinionStep.of(OpinionStep.FORWARD, null), office()))
			.isInstanceOf(ConflictException.class);
		opinions.take(opinion.id(), TakeOpinionStep.of(OpinionStep.ADOPT, null), office());
		long duruan = fixtures.unit("杜阮镇");
		OpinionDetails forwarded = opinions.take(opinion.id(), new TakeOpinionStep(OpinionStep.FORWARD, null, null, "区政府分管领导",
				List.of(duruan), null), office());
		assertThat(forwarded.status()).isEqualTo(OpinionStatus.FORWARDED);
		OpinionDetails instructed = opinions.take(opinion.id(), TakeOpinionStep.of(OpinionStep.RECORD_INSTRUCTION, "请杜阮镇研究解决。"), office());
		assertThat(instructed.instructions()).contains("请杜阮镇研究解决。");
		assertThat(instructed.timeline()).extracting(ProposalTimelineEntry::kind)
			.containsExactly("converted", "adopted", "forwarded", "instruction-recorded");
		assertThatThrownBy(() -> opinions.details(opinion.id(), fixtures.justice())).isInstanceOf(NotFoundException.class);
	}

	@Test
	void theCppccsAuditorsReadEveryProposalsEntriesAndAUnitsThoseFromItsAssignmentOn() {
		ProposalDetails submitted = submit("审计司法");
		proposals.take(submitted.id(), TakeStep.of(ProposalStep.ACCEPT, null), office());
		proposals.take(submitted.id(), assign(fixtures.unit("区司法局"), fixtures.unit("棠下镇")), office());
		long toJustice = submitted.id();
		long toHetang = assigned("审计荷塘", fixtures.unit("荷塘镇"));
		List<String> life = List.of("enterprise.proposal.submitted", "enterprise.proposal.accepted", "enterprise.proposal.assigned");
		// A report made of a proposal not accepted, forwarded to 杜阮镇.
		ProposalDetails notAccepted = submit("审计社情");
		proposals.take(notAccepted.id(), new TakeStep(ProposalStep.REJECT, null, List.of(), null, null, null, Disposition.OPINION, null, null,
				null, "属具体事务"), office());
		long opinion = proposals.take(notAccepted.id(), TakeStep.of(ProposalStep.CONVERT_TO_OPINION, null), office()).opinionId();
		opinions.take(opinion, TakeOpinionStep.of(OpinionStep.ADOPT, null), office());
		opinions.take(opinion, new TakeOpinionStep(OpinionStep.FORWARD, null, null, "区政府分管领导", List.of(fixtures.unit("杜阮镇")), null),
				office());
		List<String> report = List.of("enterprise.opinion.converted", "enterprise.opinion.adopted", "enterprise.opinion.forwarded");

		// The units it is assigned to read from the assignment on: before it, the proposal was not theirs to see.
		ApiClient justice = ApiClient.signIn(port, Auditors.scopedTo(jdbc, "区司法局"));
		assertThat(Auditors.actionsOn(justice, "proposal", toJustice)).containsExactly("enterprise.proposal.assigned");
		assertThat(Auditors.actionsOn(justice, "proposal", toHetang)).isEmpty();
		assertThat(Auditors.actionsOn(justice, "opinion", opinion)).isEmpty();
		ApiClient tangxia = ApiClient.signIn(port, Auditors.scopedTo(jdbc, "棠下镇"));
		assertThat(Auditors.actionsOn(tangxia, "proposal", toJustice)).as("a co-handling unit").containsExactly("enterprise.proposal.assigned");
		assertThat(Auditors.actionsOn(tangxia, "proposal", toHetang)).isEmpty();
		ApiClient hetang = ApiClient.signIn(port, Auditors.scopedTo(jdbc, "荷塘镇"));
		assertThat(Auditors.actionsOn(hetang, "proposal", toHetang)).containsExactly("enterprise.proposal.assigned");
		assertThat(Auditors.actionsOn(hetang, "proposal", toJustice)).isEmpty();
		assertThat(Auditors.actionsOn(hetang, "opinion", opinion)).isEmpty();
		ApiClient duruan = ApiClient.signIn(port, Auditors.scopedTo(jdbc, "杜阮镇"));
		assertThat(Auditors.actionsOn(duruan, "opinion", opinion)).containsExactly("enterprise.opinion.forwarded");
		assertThat(Auditors.actionsOn(duruan, "proposal", toJustice)).isEmpty();

		// The CPPCC's — its office's and its members' — read the whole life of each, as the whole district does.
		for (ApiClient reader : List.of(ApiClient.signIn(port, Auditors.scopedTo(jdbc, "区政协")), ApiClient.signIn(port, "demo-auditor"))) {
			assertThat(Auditors.actionsOn(reader, "proposal", toJustice)).isEqualTo(life);
			assertThat(Auditors.actionsOn(reader, "proposal", toHetang)).isEqualTo(life);
			assertThat(Auditors.actionsOn(reader, "proposal", notAccepted.id()))
				.containsExactly("enterprise.proposal.submitted", "enterprise.proposal.rejected", "enterprise.proposal.converted-to-opinion");
			assertThat(Auditors.actionsOn(reader, "opinion", opinion)).isEqualTo(report);
		}
	}

	@Test
	void eachRoleIsRefusedTheStepsOfOtherSidesAndNothingChanges() {
		ProposalDetails submitted = submit("拒绝测试");
		int version = submitted.version();
		assertThatThrownBy(() -> proposals.take(submitted.id(), TakeStep.of(ProposalStep.ACCEPT, null), member()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> proposals.take(submitted.id(), TakeStep.of(ProposalStep.ACCEPT, null), fixtures.office()))
			.as("the district office reads, the CPPCC office decides").isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> proposals.take(submitted.id(), TakeStep.of(ProposalStep.ACCEPT, null), fixtures.leader()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> proposals.take(submitted.id(), TakeStep.of(ProposalStep.ACCEPT, null), fixtures.justice()))
			.as("a unit does not see a proposal not assigned to it").isInstanceOf(NotFoundException.class);
		assertThatThrownBy(() -> proposals.take(submitted.id(), assign(fixtures.unit("区司法局"), null), office()))
			.isInstanceOf(ConflictException.class).hasMessage("proposal.not-accepted");
		assertThatThrownBy(() -> proposals.take(submitted.id(), TakeStep.of(ProposalStep.RETURN_FOR_REVISION, " "), office()))
			.isInstanceOf(ValidationException.class);
		assertThat(proposals.details(submitted.id(), office()).version()).isEqualTo(version);
		assertThat(proposals.details(submitted.id(), office()).status()).isEqualTo(ProposalStatus.SUBMITTED);

		proposals.take(submitted.id(), TakeStep.of(ProposalStep.RETURN_FOR_REVISION, "请补充具体措施"), office());
		ProposalDetails revised = proposals.take(submitted.id(), new TakeStep(ProposalStep.REVISE, null, List.of(), null, null, null, null, null,
				null, "一、……；二、……", null), member());
		assertThat(revised.status()).isEqualTo(ProposalStatus.SUBMITTED);
		assertThat(revised.suggestions()).isEqualTo("一、……；二、……");
	}

	@Test
	void submittingIsCheckedWholeAndNeedsAMemberOrTheOffice() {
		assertThatThrownBy(() -> proposals.submit(new SubmitProposal(" ", null, null, null, List.of("nobody-here"), List.of(-1L)), member()))
			.isInstanceOf(ValidationException.class)
			.satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::messageKey)
				.containsExactlyInAnyOrder("proposal.title.required", "proposal.reasons.required", "proposal.suggestions.required",
						"proposal.co-signer.unknown", "proposal.enterprise.unknown"));
		assertThatThrownBy(() -> proposals.submit(new SubmitProposal("t", "r", "s", null, List.of(), List.of()), fixtures.justice()))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> proposals.submit(new SubmitProposal("t", "r", "s", null, List.of(), List.of()), fixtures.leader()))
			.isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void eachSeesByTheOneRuleInListsSearchAndTheEnterprisesPage() {
		String title = "可见性测试" + System.nanoTime();
		ProposalDetails mine = proposals.submit(new SubmitProposal(title, "企业反映情况。", "建议如下。", null, List.of("demo-admin"),
				List.of(zhongtai())), member());
		assertThat(proposals.details(mine.id(), fixtures.office()).title()).as("co-signer, and the whole district").isEqualTo(title);
		assertThat(proposals.details(mine.id(), fixtures.leader()).title()).isEqualTo(title);
		assertThatThrownBy(() -> proposals.details(mine.id(), fixtures.tangxia())).isInstanceOf(NotFoundException.class);
		Actor otherMember = new Actor(99_001L, "other-member", "另一委员", fixtures.unit("区政协"), org.luoshi.identity.Role.CPPCC_MEMBER.permissions());
		assertThatThrownBy(() -> proposals.details(mine.id(), otherMember)).isInstanceOf(NotFoundException.class);

		proposals.take(mine.id(), TakeStep.of(ProposalStep.ACCEPT, null), office());
		proposals.take(mine.id(), assign(fixtures.unit("棠下镇"), null), office());
		assertThat(proposals.details(mine.id(), fixtures.tangxia()).actions().steps()).contains(ProposalStep.ANSWER);
		assertThat(entries(fixtures.tangxia())).as("棠下镇 handles it").anyMatch(e -> e.arguments().contains(title));
		assertThat(entries(fixtures.justice())).noneMatch(e -> e.arguments().contains(title));

		assertThat(search.search(new SearchQuery(title, null, 0, 10), fixtures.tangxia()).items()).isNotEmpty();
		assertThat(search.search(new SearchQuery(title, null, 0, 10), fixtures.justice()).items()).isEmpty();
		assertThat(search.search(new SearchQuery(title, null, 0, 10), otherMember).items()).isEmpty();
	}

	@Test
	void aDemandBecomesAProposalAndEveryStatusChangeIsPublishedForIt() {
		heard.events.clear();
		long id = intake.draftFromDemand(987_654L, "SQ2026-999001", zhongtai(), "用电增容难", "企业反映报装周期长。", member());
		ProposalDetails drafted = proposals.details(id, member());
		assertThat(drafted.demandNumber()).isEqualTo("SQ2026-999001");
		assertThat(drafted.suggestions()).isNull();
		assertThat(drafted.proposerName()).isEqualTo("黄泰安");
		assertThatThrownBy(() -> proposals.take(id, TakeStep.of(ProposalStep.ACCEPT, null), office()))
			.isInstanceOf(ValidationException.class);
		proposals.take(id, TakeStep.of(ProposalStep.RETURN_FOR_REVISION, "请补充办法建议"), office());
		proposals.take(id, new TakeStep(ProposalStep.REVISE, null, List.of(), null, null, null, null, null, null, "建议开设报装绿色通道。", null),
				member());
		ProposalDetails accepted = proposals.take(id, TakeStep.of(ProposalStep.ACCEPT, null), office());
		List<ProposalProgressed> mine = new ArrayList<>(heard.events.stream().filter(e -> e.proposalId() == id).toList());
		assertThat(mine).extracting(ProposalProgressed::status).containsExactly("SUBMITTED", "RETURNED_FOR_REVISION", "SUBMITTED", "ACCEPTED");
		assertThat(mine.get(3).proposalNumber()).isEqualTo(accepted.number());
		assertThat(mine).allMatch(e -> e.demandNumber().equals("SQ2026-999001"));
		assertThatThrownBy(() -> intake.draftFromDemand(1L, "SQ1", zhongtai(), "t", "c", fixtures.justice()))
			.isInstanceOf(AccessDeniedException.class);
	}

	// ----- helpers

	private ProposalDetails submit(String title) {
		return proposals.submit(new SubmitProposal(title + System.nanoTime(), "企业反映的困难。", "具体建议。", null, List.of(), List.of(zhongtai())),
				member());
	}

	private long assigned(String title, long unitId) {
		ProposalDetails submitted = submit(title);
		proposals.take(submitted.id(), TakeStep.of(ProposalStep.ACCEPT, null), office());
		proposals.take(submitted.id(), assign(unitId, null), office());
		return submitted.id();
	}

	private static TakeStep assign(long unitId, Long coUnitId) {
		return new TakeStep(ProposalStep.ASSIGN, unitId, coUnitId == null ? List.of() : List.of(coUnitId), null, null, null, null, null, null,
				null, null);
	}

	private static TakeStep answer(AnswerCategory category, String text) {
		return new TakeStep(ProposalStep.ANSWER, null, List.of(), null, category, null, null, null, null, null, text);
	}

	private static TakeStep evaluate(Evaluation evaluation, String text) {
		return new TakeStep(ProposalStep.EVALUATE, null, List.of(), null, null, evaluation, null, null, null, null, text);
	}

	/**
	 * A CPPCC member whose staff record is in 区政协, the office's unit, as a district lists its members to reach them by
	 * e-mail (demo-member has no staff record).
	 */
	private Actor memberListedUnderTheOfficesUnit() {
		long cppcc = fixtures.unit("区政协");
		StaffSummary staff = organization.createStaff(new CreateStaff(cppcc, "测试委员", "政协委员", "13800001234", null));
		AccountSummary created = accounts.create(new CreateAccountCommand("member-" + System.nanoTime(), "测试委员", staff.id(), cppcc,
				"Initial-Pass-0815"), fixtures.actor("demo-sysadmin")).account();
		return accounts.grantRoles(new GrantRolesCommand(created.id(), created.version(), Set.of(Role.CPPCC_MEMBER)),
				fixtures.actor("demo-secadmin")).actor();
	}

	/** The notifications about the proposal in the account's inbox, oldest first. */
	private List<String> inbox(String username, long proposalId) {
		return jdbc.sql("""
				SELECT n.message_key FROM notification n JOIN inbox_item i ON i.notification_id = n.id JOIN account a ON a.id = i.account_id
				WHERE a.username = ? AND n.link = ? ORDER BY n.id""")
			.params(username, "/proposals/" + proposalId).query(String.class).list();
	}

	private static ProposalTimelineEntry entry(ProposalDetails proposal, String kind) {
		return proposal.timeline().stream().filter(e -> e.kind().equals(kind)).findFirst().orElseThrow();
	}

	private long zhongtai() {
		return jdbc.sql("SELECT id FROM enterprise WHERE name = '中泰纸品有限公司'").query(Long.class).single();
	}

	private List<EnterpriseTimelineEntry> entries(Actor actor) {
		return timelineSources.stream().flatMap(source -> source.entries(zhongtai(), actor).stream())
			.filter(entry -> entry.source().equals("proposal")).toList();
	}
}
