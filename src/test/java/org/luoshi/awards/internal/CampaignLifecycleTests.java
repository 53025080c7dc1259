package org.luoshi.awards.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.luoshi.awards.internal.Campaign.Stage.FINAL;
import static org.luoshi.awards.internal.Campaign.Stage.NOMINATION;
import static org.luoshi.awards.internal.Campaign.Stage.NOTICE;
import static org.luoshi.awards.internal.Campaign.Stage.QUALIFICATION;
import static org.luoshi.awards.internal.Campaign.Stage.RANKED;
import static org.luoshi.awards.internal.Campaign.Stage.SCORING;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.luoshi.awards.internal.Campaign.Stage;
import org.luoshi.awards.internal.CampaignLifecycle.Side;
import org.luoshi.awards.internal.CampaignLifecycle.Step;
import org.luoshi.awards.internal.NominationLifecycle.Status;
import org.luoshi.calendar.DayKind;
import org.luoshi.calendar.WorkingCalendar;
import org.luoshi.shared.Actor;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.lifecycle.TransitionTable.Verdict;
import org.springframework.security.access.AccessDeniedException;

/**
 * A campaign's stages as its table says, every stage against every step, and the conditions on data beside it: what
 * the office may do in each stage, where each step leads, the one step back and when it is refused, what a refusal says;
 * the steps of {@link CampaignProcess} and the events they return. Plain Java, no database.
 */
class CampaignLifecycleTests {

	private static final Set<Side> OFFICE = EnumSet.of(Side.OFFICE);
	private static final Set<Side> NOBODY = EnumSet.noneOf(Side.class);
	private static final LocalDate TODAY = LocalDate.of(2026, 5, 8);
	private static final Actor ACTOR = new Actor(1L, "office", "周晓琳", null, Set.of());

	/** The table as the architecture document writes it: the stage each step may be taken in, and where it leads. */
	private static final Map<Step, Map<Stage, Stage>> WRITTEN = Map.of(
			Step.EDIT, Map.of(NOMINATION, NOMINATION),
			Step.CLOSE_NOMINATIONS, Map.of(NOMINATION, QUALIFICATION),
			Step.REOPEN_NOMINATIONS, Map.of(QUALIFICATION, NOMINATION),
			Step.OPEN_SCORING, Map.of(QUALIFICATION, SCORING),
			Step.CONFIRM_RANKING, Map.of(SCORING, RANKED),
			Step.START_NOTICE, Map.of(RANKED, NOTICE),
			Step.FINALISE, Map.of(NOTICE, FINAL));

	static Stream<Arguments> everyStageAndStep() {
		return Stream.of(Stage.values()).flatMap(stage -> Stream.of(Step.values()).map(step -> Arguments.of(stage, step)));
	}

	@ParameterizedTest(name = "{1} in {0}")
	@MethodSource("everyStageAndStep")
	void allowsEachStepInItsStageForTheOfficeAloneAndLeadsWhereTheDocumentSays(Stage stage, Step step) {
		Stage leadsTo = WRITTEN.get(step).get(stage);
		CampaignProcess campaign = process(campaign(stage, null), List.of(), List.of());
		if (leadsTo != null) {
			assertThat(CampaignLifecycle.TABLE.check(step, stage, OFFICE)).isEqualTo(Verdict.ALLOWED);
			assertThat(CampaignLifecycle.TABLE.rule(step, stage, OFFICE).after(stage)).isEqualTo(leadsTo);
			assertThat(CampaignLifecycle.TABLE.check(step, stage, NOBODY)).isEqualTo(Verdict.NOT_FOR_THESE_SIDES);
			assertThatThrownBy(() -> CampaignLifecycle.check(step, campaign, NOBODY, TODAY)).isInstanceOf(AccessDeniedException.class);
		}
		else {
			assertThat(CampaignLifecycle.TABLE.check(step, stage, OFFICE)).isEqualTo(Verdict.NOT_IN_THIS_STATUS);
			assertThat(CampaignLifecycle.TABLE.check(step, stage, NOBODY)).isEqualTo(Verdict.NOT_IN_THIS_STATUS);
			assertThatThrownBy(() -> CampaignLifecycle.check(step, campaign, OFFICE, TODAY)).isInstanceOf(ConflictException.class)
				.extracting(e -> ((ConflictException) e).messageKey()).asString().startsWith("awards.campaign.");
		}
	}

	@Test
	void nothingChangesAFinalCampaignAndOnlyOneStepGoesBack() {
		assertThat(CampaignLifecycle.TABLE.available(FINAL, OFFICE)).isEmpty();
		List<Step> back = CampaignLifecycle.TABLE.rules().stream().filter(rule -> rule.to() != null)
			.filter(rule -> rule.from().stream().anyMatch(from -> rule.to().compareTo(from) < 0))
			.map(rule -> rule.step())
			.toList();
		assertThat(back).containsExactly(Step.REOPEN_NOMINATIONS);
	}

	@Test
	void saysWhyAStepIsRefusedInAnotherStage() {
		assertThat(refusal(Step.EDIT, QUALIFICATION)).isEqualTo("awards.campaign.not-editable");
		assertThat(refusal(Step.CLOSE_NOMINATIONS, SCORING)).isEqualTo("awards.campaign.not-nominating");
		assertThat(refusal(Step.REOPEN_NOMINATIONS, SCORING)).isEqualTo("awards.campaign.reopen.not-now");
		assertThat(refusal(Step.OPEN_SCORING, NOMINATION)).isEqualTo("awards.campaign.not-qualifying");
		assertThat(refusal(Step.CONFIRM_RANKING, RANKED)).isEqualTo("awards.campaign.not-scoring");
		assertThat(refusal(Step.START_NOTICE, SCORING)).isEqualTo("awards.campaign.not-ranked");
		assertThat(refusal(Step.FINALISE, FINAL)).isEqualTo("awards.campaign.not-in-notice");
	}

	@Test
	void opensNominationsAgainOnlyWhileNoNominationHasBeenChecked() {
		CampaignProcess unchecked = process(campaign(QUALIFICATION, null), List.of(nomination(1, Status.SUBMITTED), nomination(2, Status.WITHDRAWN)),
				List.of());
		assertThat(CampaignLifecycle.actions(unchecked, OFFICE, TODAY).steps()).containsExactly(Step.REOPEN_NOMINATIONS);
		assertThat(CampaignLifecycle.check(Step.REOPEN_NOMINATIONS, unchecked, OFFICE, TODAY).after(QUALIFICATION)).isEqualTo(NOMINATION);

		CampaignProcess checked = process(campaign(QUALIFICATION, null), List.of(nomination(1, Status.SUBMITTED), nomination(2, Status.DISQUALIFIED)),
				List.of());
		assertThat(CampaignLifecycle.actions(checked, OFFICE, TODAY).steps()).doesNotContain(Step.REOPEN_NOMINATIONS);
		assertConflict(Step.REOPEN_NOMINATIONS, checked, TODAY, "awards.campaign.reopen.checked");
	}

	@Test
	void opensScoringOnceEveryNominationIsCheckedAndSaysWhatItWaitsFor() {
		CampaignProcess waiting = process(campaign(QUALIFICATION, null), List.of(nomination(1, Status.QUALIFIED), nomination(2, Status.SUBMITTED)),
				List.of());
		CampaignActions actions = CampaignLifecycle.actions(waiting, OFFICE, TODAY);
		assertThat(actions.steps()).isEmpty();
		assertThat(actions.waitingFor()).isEqualTo("awards.campaign.unchecked-nominations");
		assertConflict(Step.OPEN_SCORING, waiting, TODAY, "awards.campaign.unchecked-nominations");

		CampaignProcess ready = process(campaign(QUALIFICATION, null), List.of(nomination(1, Status.QUALIFIED), nomination(2, Status.DISQUALIFIED)),
				List.of());
		assertThat(CampaignLifecycle.actions(ready, OFFICE, TODAY)).isEqualTo(new CampaignActions(Set.of(Step.OPEN_SCORING), null));
		assertThat(CampaignLifecycle.actions(ready, NOBODY, TODAY)).isEqualTo(new CampaignActions(Set.of(), null));
	}

	@Test
	void confirmsTheRankingOnceEveryQualifiedNominationIsScored() {
		Campaign scoring = campaign(SCORING, null);
		Nomination scored = nomination(1, Status.QUALIFIED, score(scoring, 8));
		CampaignProcess waiting = process(scoring, List.of(scored, nomination(2, Status.QUALIFIED), nomination(3, Status.DISQUALIFIED)), List.of());
		assertThat(CampaignLifecycle.actions(waiting, OFFICE, TODAY).waitingFor()).isEqualTo("awards.campaign.unscored-nominations");
		assertConflict(Step.CONFIRM_RANKING, waiting, TODAY, "awards.campaign.unscored-nominations");

		CampaignProcess ready = process(scoring, List.of(scored, nomination(3, Status.DISQUALIFIED)), List.of());
		assertThat(CampaignLifecycle.actions(ready, OFFICE, TODAY).steps()).containsExactly(Step.CONFIRM_RANKING);
	}

	@Test
	void publishesTheResultsOnlyOnceTheNoticeIsOverAndEveryObjectionResolved() {
		Campaign notice = campaign(NOTICE, TODAY.plusDays(4));
		CampaignProcess open = process(notice, List.of(nomination(1, Status.PROPOSED)), List.of(objection(ObjectionLifecycle.Status.INVESTIGATING)));
		assertConflict(Step.FINALISE, open, TODAY.plusDays(4), "awards.campaign.notice-running");
		assertThat(CampaignLifecycle.actions(open, OFFICE, TODAY).waitingFor()).isEqualTo("awards.campaign.notice-running");
		assertConflict(Step.FINALISE, open, TODAY.plusDays(5), "awards.campaign.objections-open");

		CampaignProcess answered = process(notice, List.of(nomination(1, Status.PROPOSED)), List.of(objection(ObjectionLifecycle.Status.RESOLVED)));
		assertThat(CampaignLifecycle.actions(answered, OFFICE, TODAY.plusDays(5))).isEqualTo(new CampaignActions(Set.of(Step.FINALISE), null));
	}

	@Test
	void confirmsTheRoundOfEachStageThatHasOne() {
		assertThat(CampaignLifecycle.confirming(NOMINATION)).contains(Step.CLOSE_NOMINATIONS);
		assertThat(CampaignLifecycle.confirming(QUALIFICATION)).contains(Step.OPEN_SCORING);
		assertThat(CampaignLifecycle.confirming(SCORING)).contains(Step.CONFIRM_RANKING);
		assertThat(CampaignLifecycle.confirming(RANKED)).isEmpty();
		assertThat(CampaignLifecycle.confirming(FINAL)).isEmpty();
	}

	// ----- the process's steps

	@Test
	void closingNominationsLocksTheRoundAndTellsTheUnitsWhoseNominationsStand() {
		CampaignProcess campaign = process(campaign(NOMINATION, null),
				List.of(nomination(1, Status.SUBMITTED, 11L), nomination(2, Status.SUBMITTED, 12L), nomination(3, Status.WITHDRAWN, 13L)), List.of());

		List<CampaignEvent> events = campaign.closeNominations(step(QUALIFICATION));

		assertThat(campaign.stage()).isEqualTo(QUALIFICATION);
		assertThat(campaign.roundChanges()).singleElement().satisfies(round -> {
			assertThat(round.kind()).isEqualTo(Campaign.RoundKind.NOMINATION);
			assertThat(round.by()).isEqualTo("周晓琳");
			assertThat(round.at()).isNotNull();
		});
		assertThat(events).singleElement().isInstanceOfSatisfying(CampaignEvent.NominationsClosed.class, closed -> {
			assertThat(closed.action()).isEqualTo("awards.campaign.nominations-closed");
			assertThat(closed.data()).containsEntry("nominations", 2);
			assertThat(closed.audience(campaign).unitIds()).containsExactlyInAnyOrder(11L, 12L);
		});
	}

	@Test
	void openingNominationsAgainNeedsAReasonAndUnlocksTheRound() {
		CampaignProcess campaign = process(campaign(QUALIFICATION, null), List.of(nomination(1, Status.SUBMITTED, 11L)), List.of());
		assertThatThrownBy(() -> campaign.reopenNominations(step(NOMINATION), " ")).isInstanceOf(ValidationException.class)
			.satisfies(e -> assertThat(((ValidationException) e).violations()).extracting(Violation::messageKey).containsExactly("awards.required"));
		assertThat(campaign.stage()).isEqualTo(QUALIFICATION);

		List<CampaignEvent> events = campaign.reopenNominations(step(NOMINATION), "棠下镇申请延期一天");
		assertThat(campaign.stage()).isEqualTo(NOMINATION);
		assertThat(campaign.roundChanges()).singleElement().satisfies(round -> {
			assertThat(round.kind()).isEqualTo(Campaign.RoundKind.NOMINATION);
			assertThat(round.at()).isNull();
		});
		assertThat(events).singleElement().satisfies(event -> {
			assertThat(event.kind()).isEqualTo("nominations-reopened");
			assertThat(event.text()).isEqualTo("棠下镇申请延期一天");
			assertThat(event.changes().toMap()).containsKey("text");
			assertThat(event.audience(campaign).unitIds()).containsExactly(11L);
		});
	}

	@Test
	void openingScoringTellsTheReviewers() {
		CampaignProcess campaign = process(campaign(QUALIFICATION, null), List.of(nomination(1, Status.QUALIFIED), nomination(2, Status.DISQUALIFIED)),
				List.of());
		List<CampaignEvent> events = campaign.openScoring(step(SCORING), List.of(21L, 22L));
		assertThat(campaign.stage()).isEqualTo(SCORING);
		assertThat(events).singleElement().satisfies(event -> {
			assertThat(event.data()).containsEntry("nominations", 1);
			assertThat(event.audience(campaign).accountIds()).containsExactlyInAnyOrder(21L, 22L);
			assertThat(event.changes().toMap()).containsOnlyKeys("nominations");
		});
	}

	@Test
	void confirmingTheRankingProposesTheFirstPlaces() {
		Campaign scoring = campaign(SCORING, null);
		CampaignProcess campaign = process(scoring, List.of(nomination(1, Status.QUALIFIED, score(scoring, 6)),
				nomination(2, Status.QUALIFIED, score(scoring, 9))), List.of());
		List<CampaignEvent> events = campaign.confirmRanking(step(RANKED));
		assertThat(campaign.stage()).isEqualTo(RANKED);
		assertThat(events).singleElement().isInstanceOfSatisfying(CampaignEvent.RankingConfirmed.class, ranking -> {
			assertThat(ranking.places()).extracting(place -> place.nomination().id()).containsExactly(2L, 1L);
			assertThat(ranking.places()).extracting(Ranking.Place::proposed).containsExactly(true, false);
			assertThat(ranking.data()).containsEntry("proposed", 1L);
			assertThat(ranking.audience(campaign).isEmpty()).as("each nomination's own step tells its unit").isTrue();
		});
	}

	@Test
	void theNoticeCountsWorkingDaysOnTheDistrictsCalendar() {
		// Friday 8 May 2026; the Monday after made a holiday on this calendar: five working days end on Friday 15 May.
		WorkingCalendar calendar = WorkingCalendar.of(List.of(2026),
				Map.of(LocalDate.of(2026, 5, 11), new WorkingCalendar.Marking(DayKind.HOLIDAY, "测试假日")));
		CampaignProcess campaign = process(campaign(RANKED, null), List.of(nomination(1, Status.PROPOSED, 11L)), List.of());
		List<CampaignEvent> events = campaign.startNotice(step(NOTICE), null, calendar);
		assertThat(campaign.noticeFrom()).isEqualTo(TODAY);
		assertThat(campaign.noticeUntil()).isEqualTo(LocalDate.of(2026, 5, 15));
		assertThat(campaign.roundChanges()).extracting(CampaignProcess.RoundChange::kind).containsExactly(Campaign.RoundKind.NOTICE);
		assertThat(events).singleElement().satisfies(event -> {
			assertThat(event.data()).containsEntry("noticeFrom", "2026-05-08").containsEntry("noticeUntil", "2026-05-15").containsEntry("workingDays", 5);
			assertThat(event.audience(campaign).unitIds()).containsExactly(11L);
		});
	}

	@Test
	void theResultsArePublishedNotBeforeTheNoticeEndedNorInTheFuture() {
		CampaignProcess campaign = process(campaign(NOTICE, TODAY.minusDays(3)),
				List.of(nomination(1, Status.PROPOSED, 11L), nomination(2, Status.DROPPED, 12L), nomination(3, Status.NOT_SELECTED, 13L)), List.of());
		assertThatThrownBy(() -> campaign.finalise(step(FINAL), TODAY.minusDays(3))).isInstanceOf(ValidationException.class);
		assertThatThrownBy(() -> campaign.finalise(step(FINAL), TODAY.plusDays(1))).isInstanceOf(ValidationException.class);
		assertThat(campaign.stage()).isEqualTo(NOTICE);

		List<CampaignEvent> events = campaign.finalise(step(FINAL), TODAY.minusDays(2));
		assertThat(campaign.stage()).isEqualTo(FINAL);
		assertThat(campaign.finalisedAt()).isNotNull();
		assertThat(events).singleElement().isInstanceOfSatisfying(CampaignEvent.Finalised.class, results -> {
			assertThat(results.proposed()).containsExactly(1L);
			assertThat(results.publishedOn()).isEqualTo(TODAY.minusDays(2));
			assertThat(results.data()).containsEntry("honours", 1);
			assertThat(results.audience(campaign).unitIds()).containsExactlyInAnyOrder(11L, 12L, 13L);
		});
	}

	@Test
	void anEditNamesTheFieldsThatChangedByTheirApiNames() {
		Campaign before = campaign(NOMINATION, null);
		AwardRows.NewCampaign after = new AwardRows.NewCampaign("新名称", before.year(), Campaign.Level.CITY, before.organiser(), before.unitId(),
				before.description(), before.evidence(), 3, before.periodYears(), before.tieRule(), before.noticeDays(), before.rules(), before.criteria(),
				before.rounds(), 1L, Instant.now());
		CampaignProcess campaign = process(before, List.of(), List.of());
		List<CampaignEvent> events = campaign.edit(step(NOMINATION), after);
		assertThat(campaign.settings()).isSameAs(after);
		assertThat(events).singleElement().satisfies(event -> {
			assertThat(event.text()).isEqualTo("title, level, places");
			assertThat(event.changes().toMap()).containsOnlyKeys("title", "level", "places");
		});
	}

	// ----- fixtures

	private static String refusal(Step step, Stage stage) {
		try {
			CampaignLifecycle.check(step, process(campaign(stage, null), List.of(), List.of()), OFFICE, TODAY);
			throw new AssertionError(step + " allowed in " + stage);
		}
		catch (ConflictException e) {
			return e.messageKey();
		}
	}

	private static void assertConflict(Step step, CampaignProcess campaign, LocalDate today, String messageKey) {
		assertThatThrownBy(() -> CampaignLifecycle.check(step, campaign, OFFICE, today)).isInstanceOf(ConflictException.class)
			.extracting(e -> ((ConflictException) e).messageKey()).isEqualTo(messageKey);
	}

	private static CampaignProcess.Step step(Stage to) {
		return new CampaignProcess.Step(ACTOR, to, Instant.parse("2026-05-08T02:00:00Z"), TODAY);
	}

	private static CampaignProcess process(Campaign campaign, List<Nomination> nominations, List<Objection> objections) {
		return new CampaignProcess(campaign, nominations, objections);
	}

	private static Campaign campaign(Stage stage, LocalDate noticeUntil) {
		return new Campaign(7, "区青年文明号", 2026, Campaign.Level.DISTRICT, "团区委", 1, null, List.of(), 1, 2, Campaign.TieRule.EARLIER, 5, stage,
				noticeUntil == null ? null : noticeUntil.minusDays(6), noticeUntil, null, List.of(),
				List.of(new Campaign.Criterion(70, 1, "成效", 100, 10)), List.of(), 3);
	}

	private static Nomination nomination(long id, Status status) {
		return nomination(id, status, 10L + id);
	}

	private static Nomination nomination(long id, Status status, long nominatingUnit) {
		return nomination(id, status, nominatingUnit, List.of());
	}

	private static Nomination nomination(long id, Status status, List<Nomination.Score> scores) {
		return nomination(id, status, 10L + id, scores);
	}

	private static Nomination nomination(long id, Status status, long nominatingUnit, List<Nomination.Score> scores) {
		return new Nomination(id, 7, nominatingUnit, nominatingUnit, null, null, "集体" + id, null, null,
				new MemberFigures(3, 3, new BigDecimal("28.0")), "[]", Instant.parse("2026-04-0" + id + "T02:00:00Z"), "梁家豪", status, null, null, null,
				new ArrayList<>(scores), List.of(), List.of(), 1);
	}

	private static List<Nomination.Score> score(Campaign campaign, int score) {
		return List.of(new Nomination.Score(campaign.criteria().get(0).id(), 31, "何俊峰", BigDecimal.valueOf(score)));
	}

	private static Objection objection(ObjectionLifecycle.Status status) {
		return new Objection(1, 7, 1, "集体1", "异议", "李先生", "13800138000", status, null, null, "ABCDEFGH", Instant.now(), null, 1);
	}
}
