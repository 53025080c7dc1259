package org.luoshi.legalservice.experts.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import org.luoshi.enterprise.EnterpriseDirectory;
import org.luoshi.enterprise.EnterpriseSummary;
import org.luoshi.identity.AccountDirectory;
import org.luoshi.identity.AccountSummary;
import org.luoshi.legalservice.Conflict;
import org.luoshi.legalservice.ConflictCheck;
import org.luoshi.legalservice.LegalDirectory;
import org.luoshi.legalservice.Party;
import org.luoshi.legalservice.Practitioner;
import org.luoshi.legalservice.experts.ExpertGroup;
import org.luoshi.legalservice.experts.ExpertQuestions;
import org.luoshi.legalservice.experts.QuestionCommands.AskQuestion;
import org.luoshi.legalservice.experts.QuestionCommands.OtherParty;
import org.luoshi.legalservice.experts.QuestionCommands.TakeStep;
import org.luoshi.legalservice.experts.QuestionDetails;
import org.luoshi.legalservice.experts.QuestionStatus;
import org.luoshi.legalservice.experts.QuestionStep;
import org.luoshi.legalservice.experts.QuestionSummary;
import org.luoshi.search.SearchDocument;
import org.luoshi.search.SearchIndex;
import org.luoshi.shared.Actor;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.NotificationRequest;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.RecordChanged;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.lifecycle.Audience;
import org.luoshi.shared.lifecycle.TransitionTable.Rule;
import org.luoshi.shared.web.Times;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The expert group's one command path ({@link #take}): load the question whole and lock it, work out the actor's sides,
 * check the step in the transition table ({@link QuestionLifecycle}), let the {@link Question} take it, write it back,
 * then render each {@link QuestionEvent} as a timeline entry, an audit entry and a notification, and re-index the
 * question for search. Asking checks the question, assigns it by rotation ({@link ExpertRoster#choose}) and records the
 * expert's engagement for the enterprise, all in one transaction.
 */
@Service
@Transactional
class QuestionService implements ExpertQuestions {

	/** The audit trail's name for a question. */
	static final String TARGET = "expert-question";
	/** Where the conflict check files the engagement of the expert assigned. */
	static final String ENGAGEMENT_SOURCE = "expert-question";
	static final int MAX_SUBJECT = 100;
	static final int MAX_TEXT = 4000;
	static final int MAX_PARTIES = 10;

	private final QuestionRows questions;
	private final ExpertRoster roster;
	private final ExpertAccess access;
	private final LegalDirectory directory;
	private final ConflictCheck conflicts;
	private final EnterpriseDirectory enterprises;
	private final AccountDirectory accounts;
	private final SearchIndex search;
	private final OpinionPrint print;
	private final ApplicationEventPublisher events;
	private final Times times;

	QuestionService(QuestionRows questions, ExpertRoster roster, ExpertAccess access, LegalDirectory directory, ConflictCheck conflicts,
			EnterpriseDirectory enterprises, AccountDirectory accounts, SearchIndex search, OpinionPrint print, ApplicationEventPublisher events,
			Times times) {
		this.questions = questions;
		this.roster = roster;
		this.access = access;
		this.directory = directory;
		this.conflicts = conflicts;
		this.enterprises = enterprises;
		this.accounts = accounts;
		this.search = search;
		this.print = print;
		this.events = events;
		this.times = times;
	}

	// ----- asking

	@Override
	public QuestionDetails ask(AskQuestion command, Actor actor) {
		boolean bureau = actor.can(Permissions.LEGAL_MANAGE);
		boolean enterprise = actor.isEnterprise() && actor.can(Permissions.LEGAL_REQUEST);
		if (!bureau && !enterprise) {
			throw new AccessDeniedException("ask an expert question");
		}
		List<Violation> violations = new ArrayList<>();
		Long enterpriseId = enterprise ? actor.enterpriseId() : command.enterpriseId();
		EnterpriseSummary asking = enterpriseId == null ? null : enterprises.find(enterpriseId).orElse(null);
		if (asking == null) {
			violations.add(Violation.of("enterpriseId", enterpriseId == null ? "legal.experts.enterprise.required" : "legal.experts.enterprise.unknown"));
		}
		String subject = required(command.subject(), "subject", MAX_SUBJECT, violations);
		String text = required(command.text(), "text", MAX_TEXT, violations);
		String specialty = command.specialty() == null || command.specialty().isBlank() ? null : command.specialty().strip();
		if (specialty != null && specialty.length() > 40) {
			violations.add(Violation.of("specialty", "legal.experts.text.too-long", 40));
		}
		List<OtherParty> parties = parties(command.parties(), violations);
		ValidationException.throwIfAny(violations);

		String number = questions.nextNumber(times.today().getYear());
		long id = questions.insert(number, asking.id(), subject, text, specialty, parties, Boolean.TRUE.equals(command.major()), times.now(), actor);
		Question question = questions.lock(id).orElseThrow();
		List<QuestionEvent> happened = new ArrayList<>();
		happened.add(new QuestionEvent.Asked(subject, question.major()));
		ExpertRoster.Choice choice = roster.choose(opposing(question), times.today());
		happened.addAll(choice.passedBy());
		Question.Step step = new Question.Step(actor, QuestionStatus.ASSIGNED, times.now(), times.today());
		if (choice.chosen() != null) {
			Practitioner expert = choice.chosen();
			happened.addAll(question.assign(step, expert.id(), expert.name(), expert.accountId(), null, true, null));
			engage(question, expert, asking);
		}
		else {
			happened.addAll(question.leaveForBureau());
		}
		questions.save(question);
		record(question, happened, actor, asking.name());
		index(question, asking.name());
		return details(questions.find(id).orElseThrow(), access.scope(actor));
	}

	private static List<OtherParty> parties(List<OtherParty> given, List<Violation> violations) {
		List<OtherParty> parties = new ArrayList<>();
		if (given == null) {
			return parties;
		}
		for (int i = 0; i < given.size(); i++) {
			OtherParty party = given.get(i);
			String name = party == null || party.name() == null ? "" : party.name().strip();
			String identifier = party == null || party.identifier() == null || party.identifier().isBlank() ? null
					: party.identifier().strip().toUpperCase(Locale.ROOT);
			if (name.isEmpty()) {
				if (identifier != null) {
					violations.add(Violation.of("parties[" + i + "].name", "legal.experts.party.name.required"));
				}
				continue;
			}
			if (name.length() > 100) {
				violations.add(Violation.of("parties[" + i + "].name", "legal.experts.text.too-long", 100));
			}
			if (identifier != null && !identifier.matches("[0-9A-Z]{15,18}")) {
				violations.add(Violation.of("parties[" + i + "].identifier", "legal.experts.party.identifier.unreadable"));
			}
			parties.add(new OtherParty(name, identifier));
		}
		if (parties.size() > MAX_PARTIES) {
			violations.add(Violation.of("parties", "legal.experts.parties.too-many", MAX_PARTIES));
		}
		return parties;
	}

	private static List<Party> opposing(Question question) {
		return question.parties().stream().map(party -> new Party(party.name(), party.identifier())).toList();
	}

	/** The expert now acts for the enterprise: recorded for the conflict check of later matters. */
	private void engage(Question question, Practitioner expert, EnterpriseSummary enterprise) {
		conflicts.recordEngagement(expert.id(), new Party(enterprise.name(), enterprise.creditCode()), question.subject(), ENGAGEMENT_SOURCE,
				question.id(), times.today());
	}

	// ----- the command path

	@Override
	public QuestionDetails take(long questionId, TakeStep command, Actor actor) {
		if (command == null || command.step() == null) {
			throw new ValidationException(Violation.of("step", "legal.experts.step.required"));
		}
		if (command.step() == QuestionStep.REMIND) {
			throw new ValidationException(Violation.of("step", "legal.experts.step.automatic"));
		}
		Taken taken = take(questionId, command.step(), actor, (question, step) -> switch (command.step()) {
			case ASSIGN -> assign(question, step, command.expertId(), command.text());
			case DRAFT -> question.draft(step, command.text());
			case SUBMIT -> question.submit(step, command.text());
			case RETURN -> question.returnForChanges(step, command.text());
			case APPROVE -> question.approve(step, command.text());
			case SIGN -> question.sign(step);
			case NOTE_PROGRESS -> question.noteProgress(step, command.text());
			case RECORD_OUTCOME -> question.recordOutcome(step, command.outcome(), command.outcomeOn(), command.text());
			case WITHDRAW -> question.withdraw(step, command.text());
			case REMIND -> throw new IllegalStateException();
		});
		return details(taken.question(), taken.scope());
	}

	@FunctionalInterface
	interface StepWork {
		List<QuestionEvent> apply(Question question, Question.Step step);
	}

	record Taken(Question question, ExpertAccess.Scope scope) {
	}

	/** The one way a step is taken, by people and the follow-up alike: 404 unseen, 409 or 403 by the table. */
	Taken take(long questionId, QuestionStep stepName, Actor actor, StepWork work) {
		ExpertAccess.Scope scope = access.scope(actor);
		Question question = questions.lock(questionId).filter(scope::sees).orElseThrow(() -> new NotFoundException("question", questionId));
		Set<QuestionSide> sides = scope.sides(question);
		Rule<QuestionStatus, QuestionStep, QuestionSide> rule = QuestionLifecycle.check(stepName, question, sides);
		Question.Step step = new Question.Step(actor, rule.after(question.status()), times.now(), times.today());
		Long expertBefore = question.expertId();
		List<QuestionEvent> happened = work.apply(question, step);
		questions.save(question);
		String enterpriseName = enterpriseName(question.enterpriseId());
		record(question, happened, actor, enterpriseName, expertBefore);
		index(question, enterpriseName);
		return new Taken(question, scope);
	}

	/**
	 * The bureau's choice of expert: one of the group, not away today, without a conflict against the other parties —
	 * else refused with the reason, nothing changed.
	 */
	private List<QuestionEvent> assign(Question question, Question.Step step, Long expertId, String reason) {
		if (expertId == null) {
			throw new ValidationException(Violation.of("expertId", "legal.experts.assign.expert.required"));
		}
		Practitioner expert = directory.experts().stream().filter(found -> found.id() == expertId).findFirst()
			.orElseThrow(() -> new ValidationException(Violation.of("expertId", "legal.experts.expert.unknown")));
		Optional<ExpertGroup.ExpertAbsence> away = roster.absenceOn(expert.id(), step.today());
		if (away.isPresent()) {
			throw new ValidationException(Violation.of("expertId", "legal.experts.assign.absent", expert.name(), away.get().from(), away.get().to(),
					away.get().reason()));
		}
		List<Party> opposing = opposing(question);
		List<Conflict> found = opposing.isEmpty() ? List.of() : conflicts.conflicts(expert.id(), opposing);
		if (!found.isEmpty()) {
			Conflict conflict = found.get(0);
			throw new ValidationException(Violation.of("expertId", conflict.byProvider() ? "legal.experts.assign.firm-conflict"
					: "legal.experts.assign.conflict", expert.name(), conflict.partyName(), conflict.actedBy(), conflict.matter(), conflict.actedOn()));
		}
		Long previousAccount = question.expertId() == null ? null
				: directory.practitioner(question.expertId()).map(Practitioner::accountId).orElse(null);
		List<QuestionEvent> happened = question.assign(step, expert.id(), expert.name(), expert.accountId(), previousAccount, false, reason);
		enterprises.find(question.enterpriseId()).ifPresent(enterprise -> engage(question, expert, enterprise));
		return happened;
	}

	private void record(Question question, List<QuestionEvent> happened, Actor actor, String enterpriseName) {
		record(question, happened, actor, enterpriseName, question.expertId());
	}

	/** Renders each event as its timeline entry, audit entry and notification. */
	private void record(Question question, List<QuestionEvent> happened, Actor actor, String enterpriseName, Long expertBefore) {
		QuestionEvent.Recipients recipients = null;
		for (QuestionEvent event : happened) {
			long entryId = questions.appendEvent(question.id(), event, actor, times.now());
			events.publishEvent(RecordChanged.of(event.action(), TARGET, question.id(), question.number() + " " + question.subject(),
					event.changes()));
			if (recipients == null) {
				recipients = recipients(question, expertBefore);
			}
			Audience audience = event.audience(question, recipients);
			if (!audience.isEmpty()) {
				events.publishEvent(new NotificationRequest("expert-question-event:" + entryId, audience.unitIds(), audience.accountIds(),
						actor.accountId(), event.message(), List.of(question.number(), question.subject(), enterpriseName), event.text(),
						"/legal/questions/" + question.id()));
			}
		}
	}

	/** The expert told of a step is the one who had the question before it (a withdrawal tells the expert it left). */
	private QuestionEvent.Recipients recipients(Question question, Long expertBefore) {
		Set<Long> bureau = accounts.accountsHolding(Permissions.LEGAL_MANAGE, List.of(), true).stream().map(AccountSummary::id)
			.collect(Collectors.toSet());
		Long expertId = expertBefore != null ? expertBefore : question.expertId();
		Long expertAccount = expertId == null ? null : directory.practitioner(expertId).map(Practitioner::accountId).orElse(null);
		return new QuestionEvent.Recipients(bureau, expertAccount, question.askedBy());
	}

	private void index(Question question, String enterpriseName) {
		String body = Stream.of(enterpriseName, question.text(), question.specialty(),
				question.parties().stream().map(OtherParty::name).collect(Collectors.joining(" ")), question.opinion())
			.filter(text -> text != null && !text.isBlank())
			.collect(Collectors.joining(" "));
		Long expertAccount = question.expertId() == null ? null
				: directory.practitioner(question.expertId()).map(Practitioner::accountId).orElse(null);
		search.index(new SearchDocument(TARGET, String.valueOf(question.id()), ExpertAccess.forSearch(expertAccount),
				question.number() + " " + question.subject(), body, "/legal/questions/" + question.id()));
	}

	// ----- reading

	@Override
	@Transactional(readOnly = true)
	public QuestionDetails details(long questionId, Actor actor) {
		requireReader(actor);
		ExpertAccess.Scope scope = access.scope(actor);
		Question question = questions.find(questionId).filter(scope::sees).orElseThrow(() -> new NotFoundException("question", questionId));
		return details(question, scope);
	}

	@Override
	@Transactional(readOnly = true)
	public List<QuestionSummary> list(QuestionStatus status, String q, Actor actor) {
		requireReader(actor);
		ExpertAccess.Condition condition = access.scope(actor).condition();
		StringBuilder where = new StringBuilder(condition.sql());
		Map<String, Object> params = new LinkedHashMap<>(condition.params());
		if (status != null) {
			where.append(" AND q.status = :status");
			params.put("status", status.name());
		}
		List<Question> found = questions.list(where.toString(), params);
		Map<Long, EnterpriseSummary> names = enterprises.find(found.stream().map(Question::enterpriseId).distinct().toList());
		Map<Long, String> experts = new LinkedHashMap<>();
		directory.experts().forEach(expert -> experts.put(expert.id(), expert.name()));
		String words = q == null ? "" : q.strip().toLowerCase(Locale.ROOT);
		return found.stream()
			.map(question -> new QuestionSummary(question.id(), question.number(), question.enterpriseId(),
					Optional.ofNullable(names.get(question.enterpriseId())).map(EnterpriseSummary::name).orElse(""), question.subject(),
					question.major(), question.status(), question.expertId(),
					question.expertId() == null ? null : experts.getOrDefault(question.expertId(), expertName(question.expertId())),
					question.askedAt()))
			.filter(summary -> words.isEmpty() || (summary.number() + " " + summary.subject() + " " + summary.enterpriseName())
				.toLowerCase(Locale.ROOT).contains(words))
			.toList();
	}

	@Override
	@Transactional(readOnly = true)
	public byte[] opinionPdf(long questionId, Actor actor) {
		QuestionDetails question = details(questionId, actor);
		if (!question.printable()) {
			throw new ConflictException("legal.experts.opinion.not-signed");
		}
		return print.pdf(question);
	}

	/** Timeline entries whose words are the review's, between the bureau and the expert until the opinion is signed. */
	private static final Set<String> REVIEW_KINDS = Set.of("returned", "approved");

	private QuestionDetails details(Question question, ExpertAccess.Scope scope) {
		Set<QuestionSide> sides = scope.sides(question);
		// The enterprise reads the opinion once it is signed: drafts, submitted texts and the review stay between the
		// expert and the bureau until then.
		boolean insider = sides.contains(QuestionSide.BUREAU) || sides.contains(QuestionSide.EXPERT) || sides.contains(QuestionSide.SYSTEM);
		boolean shown = insider || question.signedAt() != null;
		List<QuestionDetails.QuestionTimelineEntry> timeline = questions.timeline(question.id()).stream()
			.map(entry -> shown || !REVIEW_KINDS.contains(entry.kind()) ? entry
					: new QuestionDetails.QuestionTimelineEntry(entry.id(), entry.kind(), entry.at(), entry.actorName(), null, entry.arguments()))
			.toList();
		EnterpriseSummary enterprise = enterprises.find(question.enterpriseId()).orElse(null);
		Practitioner expert = question.expertId() == null ? null : directory.practitioner(question.expertId()).orElse(null);
		return new QuestionDetails(question.id(), question.number(), question.enterpriseId(), enterprise == null ? "" : enterprise.name(),
				enterprise == null ? "" : enterprise.creditCode(), question.subject(), question.text(), question.specialty(), question.parties(),
				question.major(), question.status(), question.expertId(), expert == null ? null : expert.name(),
				expert == null ? null : expert.providerName(), question.assignedAt(), shown ? question.opinion() : null, question.submittedAt(),
				shown ? question.reviewComment() : null, shown ? question.reviewedByName() : null, shown ? question.reviewedAt() : null,
				question.signedAt(), question.outcome(), question.outcomeOn(), question.outcomeNote(), question.closedAt(), question.askedByName(),
				question.askedAt(), question.version(), timeline, QuestionLifecycle.actions(question, sides));
	}

	private String expertName(long id) {
		return directory.practitioner(id).map(Practitioner::name).orElse(String.valueOf(id));
	}

	private String enterpriseName(long id) {
		return enterprises.find(id).map(EnterpriseSummary::name).orElse("");
	}

	private static void requireReader(Actor actor) {
		if (actor != Actor.SYSTEM && !ExpertAccess.mayRead(actor)) {
			throw new AccessDeniedException("expert questions");
		}
	}

	private static String required(String value, String field, int max, List<Violation> violations) {
		if (value == null || value.isBlank()) {
			violations.add(Violation.of(field, "legal.experts." + field + ".required"));
			return null;
		}
		String text = value.strip();
		if (text.length() > max) {
			violations.add(Violation.of(field, "legal.experts.text.too-long", max));
		}
		return text;
	}
}
