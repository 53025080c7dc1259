package org.luoshi.legalservice.experts.web;

import java.net.URI;
import java.time.Instant;
import java.util.List;

import org.luoshi.legalservice.experts.ExpertGroup;
import org.luoshi.legalservice.experts.ExpertGroup.ExpertAbsence;
import org.luoshi.legalservice.experts.ExpertGroup.NewExpertAbsence;
import org.luoshi.legalservice.experts.ExpertGroup.Roster;
import org.luoshi.legalservice.experts.ExpertQuestions;
import org.luoshi.legalservice.experts.DisputeOutcome;
import org.luoshi.legalservice.experts.QuestionActions;
import org.luoshi.legalservice.experts.QuestionCommands.AskQuestion;
import org.luoshi.legalservice.experts.QuestionCommands.TakeStep;
import org.luoshi.legalservice.experts.QuestionDetails;
import org.luoshi.legalservice.experts.QuestionStatus;
import org.luoshi.legalservice.experts.QuestionStep;
import org.luoshi.legalservice.experts.QuestionSummary;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.web.StepNames;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

/** The expert group's API: the roster and absences, the questions and their steps, the opinions and their PDF. */
@RestController
@RequestMapping("/api/v1/legal")
@Tag(name = "Legal expert group", description = """
		The lawyers' expert group (律师专家团). The roster (`/experts`) is read with legal:manage, legal:handle or legal:provide; \
		absences are recorded by the justice bureau (legal:manage). Questions (`/questions`) are seen by the justice bureau (all), \
		the expert a question is assigned to (legal:provide, their own), and the enterprise that asked (its own account, \
		legal:request); a question outside the caller's view answers 404. A question is assigned by rotation as it is asked; its \
		timeline names every expert the rotation passed by and why. Every step goes through `POST /questions/{id}/steps/{step}` \
		(or `/opinions/{id}/steps/{step}`: an opinion is addressed by its question's id); `GET …/actions` lists the steps the \
		caller may take now, from the same transition table the service checks. 409: the status does not allow the step; 403: \
		another side's step; 400: bad input, every problem named.""")
class ExpertApiController {

	private final ExpertGroup group;
	private final ExpertQuestions questions;

	ExpertApiController(ExpertGroup group, ExpertQuestions questions) {
		this.group = group;
		this.questions = questions;
	}

	// ----- roster

	@GetMapping("/experts")
	@PreAuthorize("hasAnyAuthority('legal:manage', 'legal:handle', 'legal:provide')")
	@Operation(summary = "The expert group's roster", description = "The members in rotation order with their firms, specialties, "
			+ "today's absence, open questions, who was assigned last and who is next; the absences of the last 30 days and to come.")
	Roster roster() {
		return group.roster(CurrentActor.get());
	}

	@PostMapping("/experts/absences")
	@PreAuthorize("hasAuthority('legal:manage')")
	@Operation(summary = "Record an expert's absence", description = "`expertId`, `from` and `to` (YYYY-MM-DD, `to` not before "
			+ "`from`), `reason`. The rotation passes the expert by on those days. 201.")
	ResponseEntity<ExpertAbsence> recordAbsence(@RequestBody NewExpertAbsence request) {
		ExpertAbsence recorded = group.recordAbsence(request, CurrentActor.get());
		return ResponseEntity.created(URI.create("/api/v1/legal/experts/absences/" + recorded.id())).body(recorded);
	}

	@DeleteMapping("/experts/absences/{id}")
	@PreAuthorize("hasAuthority('legal:manage')")
	@Operation(summary = "Remove an absence")
	ResponseEntity<Void> removeAbsence(@PathVariable long id) {
		group.removeAbsence(id, CurrentActor.get());
		return ResponseEntity.noContent().build();
	}

	// ----- questions

	@GetMapping("/questions")
	@PreAuthorize("hasAnyAuthority('legal:manage', 'legal:provide', 'legal:request')")
	@Operation(summary = "The questions the caller sees", description = "Newest first; `status` (a QuestionStatus) and `q` (words of "
			+ "the number, subject or enterprise) optional.")
	List<QuestionSummary> list(@RequestParam(required = false) QuestionStatus status, @RequestParam(required = false) String q) {
		return questions.list(status, q, CurrentActor.get());
	}

	@PostMapping("/questions")
	@PreAuthorize("hasAnyAuthority('legal:manage', 'legal:request')")
	@Operation(summary = "Ask the expert group a question", description = "`subject`, `text`, `specialty` (optional), `parties` "
			+ "(the other parties: `name`, optional `identifier` — a credit code), `major` (a major dispute, followed to its outcome). "
			+ "An enterprise's own account asks for its enterprise; the justice bureau names `enterpriseId`. Assigned at once by "
			+ "rotation, or left for the bureau when every expert was passed by. 201 with Location.")
	ResponseEntity<QuestionDetails> ask(@RequestBody AskQuestion request) {
		QuestionDetails asked = questions.ask(request, CurrentActor.get());
		return ResponseEntity.created(URI.create("/api/v1/legal/questions/" + asked.id())).body(asked);
	}

	@GetMapping("/questions/{id}")
	@PreAuthorize("hasAnyAuthority('legal:manage', 'legal:provide', 'legal:request')")
	@Operation(summary = "One question", description = "With its opinion, timeline and the caller's actions.")
	QuestionDetails question(@PathVariable long id) {
		return questions.details(id, CurrentActor.get());
	}

	@GetMapping({ "/questions/{id}/actions", "/opinions/{id}/actions" })
	@PreAuthorize("hasAnyAuthority('legal:manage', 'legal:provide', 'legal:request')")
	@Operation(summary = "The steps the caller may take on the question now")
	QuestionActions actions(@PathVariable long id) {
		return questions.details(id, CurrentActor.get()).actions();
	}

	/** A step's input. */
	record QuestionStepRequest(Long expertId, String text, DisputeOutcome outcome, String outcomeOn) {
	}

	@PostMapping({ "/questions/{id}/steps/{step}", "/opinions/{id}/steps/{step}",
			"/questions/{id}/{step:assign|draft|submit|return|approve|sign|note-progress|record-outcome|withdraw}" })
	@PreAuthorize("hasAnyAuthority('legal:manage', 'legal:provide', 'legal:request')")
	@Operation(summary = "Take a step", description = "`step` a QuestionStep (or in lower case with `-`): ASSIGN (`expertId`, `text` "
			+ "the reason; the bureau: refused with the reason when the expert has a conflict or is away), DRAFT (`text`: the "
			+ "opinion's draft), SUBMIT (`text`, or the saved draft), RETURN (`text`: the comments), APPROVE (`text` optional), SIGN, "
			+ "NOTE_PROGRESS (`text`), RECORD_OUTCOME (`outcome`, `outcomeOn`, `text`), WITHDRAW (`text`: the reason). REMIND is "
			+ "the daily follow-up's.")
	QuestionDetails step(@PathVariable long id, @PathVariable String step, @RequestBody(required = false) QuestionStepRequest request) {
		QuestionStep taken = StepNames.parse(QuestionStep.class, step);
		QuestionStepRequest body = request == null ? new QuestionStepRequest(null, null, null, null) : request;
		return questions.take(id, new TakeStep(taken, body.expertId(), body.text(), body.outcome(), body.outcomeOn()), CurrentActor.get());
	}

	// ----- opinions

	/** An opinion as the API shows it: its question's id and number, the text, review and sign-off. */
	record LegalOpinion(long questionId, String number, String enterpriseName, String subject, QuestionStatus status, String expertName,
			String firmName, String text, Instant submittedAt, String reviewComment, String reviewedByName, Instant reviewedAt,
			Instant signedAt, String pdf) {

		static LegalOpinion of(QuestionDetails question) {
			return new LegalOpinion(question.id(), question.number(), question.enterpriseName(), question.subject(), question.status(),
					question.expertName(), question.firmName(), question.opinion(), question.submittedAt(), question.reviewComment(),
					question.reviewedByName(), question.reviewedAt(), question.signedAt(),
					question.printable() ? "/api/v1/legal/opinions/" + question.id() + "/pdf" : null);
		}
	}

	@GetMapping("/opinions/{id}")
	@PreAuthorize("hasAnyAuthority('legal:manage', 'legal:provide', 'legal:request')")
	@Operation(summary = "A question's written opinion", description = "Addressed by the question's id; `pdf` is its printed form "
			+ "once signed.")
	LegalOpinion opinion(@PathVariable long id) {
		return LegalOpinion.of(questions.details(id, CurrentActor.get()));
	}

	@GetMapping("/opinions/{id}/pdf")
	@PreAuthorize("hasAnyAuthority('legal:manage', 'legal:provide', 'legal:request')")
	@Operation(summary = "The signed opinion as PDF (法律意见书)", description = "409 before it is signed.")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		return pdfAnswer(questions, id);
	}

	static ResponseEntity<byte[]> pdfAnswer(ExpertQuestions questions, long id) {
		byte[] pdf = questions.opinionPdf(id, CurrentActor.get());
		String number = questions.details(id, CurrentActor.get()).number();
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.inline()
				.filename(number + ".pdf", java.nio.charset.StandardCharsets.UTF_8)
				.build()
				.toString())
			.body(pdf);
	}
}
