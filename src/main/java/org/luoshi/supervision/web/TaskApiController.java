package org.luoshi.supervision.web;

import java.net.URI;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;

import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.Page;
import org.luoshi.shared.PageQuery;
import org.luoshi.supervision.SupervisionNotice;
import org.luoshi.supervision.TaskActions;
import org.luoshi.supervision.TaskCommands.CreateTask;
import org.luoshi.supervision.TaskCommands.DecideExtension;
import org.luoshi.supervision.TaskCommands.IssueNotice;
import org.luoshi.supervision.TaskCommands.MilestoneInput;
import org.luoshi.supervision.TaskCommands.ReportProgress;
import org.luoshi.supervision.TaskCommands.RequestCompletion;
import org.luoshi.supervision.TaskCommands.RequestExtension;
import org.luoshi.supervision.TaskCommands.Review;
import org.luoshi.supervision.TaskCommands.UpdateTask;
import org.luoshi.supervision.TaskDetails;
import org.luoshi.supervision.TaskFilter;
import org.luoshi.supervision.TaskManagement;
import org.luoshi.supervision.TaskQueries;
import org.luoshi.supervision.TaskSummary;
import org.luoshi.supervision.TimelineEntry;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Tasks", description = """
		Supervised tasks (督查督办) and every step of their life: issue (交办), sign (签收) or return (退回), progress reports, \
		completion request and review (销号), extensions, leaders' instructions (批示), reminders (催办) and supervision notices \
		(督办单). Needs supervision:read. A task outside the caller's data scope answers 404, exactly like one that does not \
		exist; a step the caller's role may not take answers 403; a step the task's status does not allow answers 409. \
		A task's `light` is green, yellow or red; its lead and co-operating units come with id and name.""")
@PreAuthorize("hasAuthority('supervision:read')")
class TaskApiController {

	private final TaskManagement tasks;
	private final TaskQueries queries;

	TaskApiController(TaskManagement tasks, TaskQueries queries) {
		this.tasks = tasks;
		this.queries = queries;
	}

	record TaskRequest(Long goalId, Long parentId, String content, List<String> tags, Long leadUnitId, List<Long> coUnitIds,
			Long responsibleStaffId, String deadline, String priority, String reportCycle, List<MilestoneInput> milestones,
			Boolean published, Boolean issue, String source, String sourceRef, Integer version) {
	}

	record TaskVersionRequest(Integer version, String reason) {
	}

	record TextRequest(String text) {
	}

	record ReasonRequest(String reason) {
	}

	record ProgressRequest(String text, Integer percent, List<Long> evidence) {
	}

	record CompletionRequest(String text, List<Long> evidence) {
	}

	record ReviewRequest(Boolean approve, String comment) {
	}

	record ExtensionRequestBody(String newDeadline, String reason) {
	}

	record DecisionRequest(Boolean approve, String note) {
	}

	record NoticeRequest(String issues, String requirements, String replyDue) {
	}

	/** A notice with where its printable PDF is. */
	record NoticeJson(SupervisionNotice notice, String pdf) {

		static NoticeJson of(SupervisionNotice notice) {
			return new NoticeJson(notice, "/api/v1/notices/" + notice.id() + "/pdf");
		}
	}

	@GetMapping
	@Operation(summary = "Tasks in the caller's scope", description = "Filters (all optional, together): `goal`, `unit` (tasks this "
			+ "unit or one below it leads or co-operates on), `status` and `light` (repeat or comma-separate), `group` (a tag such as "
			+ "a conference's task group), `dueFrom`/`dueTo` (YYYY-MM-DD), `q` (words of the content), `subtasks=true`. "
			+ "`sort`: number, deadline, light, percent, updatedAt.")
	Page<TaskSummary> list(@ParameterObject TaskFilterParameters parameters, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
		TaskFilter filter = parameters.toFilter();
		return queries.tasks(filter, PageQuery.of(page, size, sort, "number", TaskFilter.SORTABLE), CurrentActor.get());
	}

	@PostMapping
	@Operation(summary = "Create a task of a goal (supervision:manage), or break down a task the caller's unit leads "
			+ "(supervision:handle, `parentId` set: 层层分解)", description = "With `issue: true` it goes to its lead unit "
			+ "at once and needs `leadUnitId` and `deadline`; otherwise it is a draft. `source` is MANUAL (default), INSTRUCTION (a "
			+ "leader's instruction) or DEMAND (an enterprise demand), with `sourceRef` naming it. Answers 201 with Location.")
	ResponseEntity<TaskDetails> create(@RequestBody TaskRequest request) {
		TaskDetails task = tasks.createTask(new CreateTask(request.goalId(), request.parentId(), request.content(), request.tags(),
				request.leadUnitId(), request.coUnitIds(), request.responsibleStaffId(), request.deadline(),
				ApiEnums.priority(request.priority()), ApiEnums.cycle(request.reportCycle()), request.milestones(),
				Boolean.TRUE.equals(request.published()), Boolean.TRUE.equals(request.issue()), ApiEnums.source(request.source()),
				request.sourceRef()), CurrentActor.get());
		return ResponseEntity.created(URI.create("/api/v1/tasks/" + task.id())).body(task);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One task")
	TaskDetails get(@PathVariable long id) {
		return queries.task(id, CurrentActor.get());
	}

	@GetMapping("/{id}/actions")
	@Operation(summary = "What the caller may do with the task now")
	TaskActions actions(@PathVariable long id) {
		return queries.actions(id, CurrentActor.get());
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a task (its issuer)", description = "Send the `version` you read; 409 when someone saved "
			+ "first. A new lead unit receives the task afresh.")
	TaskDetails update(@PathVariable long id, @RequestBody TaskRequest request) {
		return tasks.updateTask(new UpdateTask(id, request.version() == null ? -1 : request.version(), request.content(),
				request.tags(), request.leadUnitId(), request.coUnitIds(), request.responsibleStaffId(), request.deadline(),
				ApiEnums.priority(request.priority()), ApiEnums.cycle(request.reportCycle()), request.milestones(),
				Boolean.TRUE.equals(request.published())), CurrentActor.get());
	}

	@GetMapping("/{id}/subtasks")
	@Operation(summary = "The task's subtasks")
	List<TaskSummary> subtasks(@PathVariable long id) {
		return queries.subtasks(id, CurrentActor.get());
	}

	@PostMapping("/{id}/issue")
	@Operation(summary = "Issue a draft or returned task to its lead unit (交办)", description = "Body `{\"version\"}`.")
	TaskDetails issue(@PathVariable long id, @RequestBody TaskVersionRequest request) {
		return tasks.issue(id, request.version() == null ? -1 : request.version(), CurrentActor.get());
	}

	@PostMapping("/{id}/cancel")
	@Operation(summary = "Cancel a task (撤销)", description = "Body `{\"version\", \"reason\"}`.")
	TaskDetails cancel(@PathVariable long id, @RequestBody TaskVersionRequest request) {
		return tasks.cancel(id, request.version() == null ? -1 : request.version(), request.reason(), CurrentActor.get());
	}

	@PostMapping("/{id}/sign")
	@Operation(summary = "The lead unit signs for the task (签收)")
	TaskDetails sign(@PathVariable long id) {
		return tasks.sign(id, CurrentActor.get());
	}

	@PostMapping("/{id}/return")
	@Operation(summary = "The lead unit returns the task to its issuer with a reason (退回)", description = "Body `{\"reason\"}`.")
	TaskDetails returnTask(@PathVariable long id, @RequestBody ReasonRequest request) {
		return tasks.returnTask(id, request.reason(), CurrentActor.get());
	}

	@PostMapping("/{id}/progress")
	@Operation(summary = "Report progress", description = "Body `{\"text\", \"percent\", \"evidence\": [file ids]}`. From the lead "
			+ "unit `percent` (0–100) is required and becomes the task's; a co-operating unit's report is a contribution. Evidence "
			+ "files are uploaded first with POST /api/v1/evidence.")
	TaskDetails progress(@PathVariable long id, @RequestBody ProgressRequest request) {
		return tasks.reportProgress(new ReportProgress(id, request.text(), request.percent(), request.evidence()), CurrentActor.get());
	}

	@PostMapping("/{id}/milestones/{milestoneId}/reached")
	@Operation(summary = "The lead unit marks a milestone reached")
	TaskDetails milestoneReached(@PathVariable long id, @PathVariable long milestoneId) {
		return tasks.reachMilestone(id, milestoneId, CurrentActor.get());
	}

	@PostMapping("/{id}/complete")
	@Operation(summary = "Ask for the task to be closed (申请销号)", description = "Body `{\"text\", \"evidence\": [file ids]}`; at "
			+ "least one evidence file.")
	TaskDetails complete(@PathVariable long id, @RequestBody CompletionRequest request) {
		return tasks.requestCompletion(new RequestCompletion(id, request.text(), request.evidence()), CurrentActor.get());
	}

	@PostMapping("/{id}/review")
	@Operation(summary = "Review a completion request (销号 or send back)", description = "Body `{\"approve\": true|false, "
			+ "\"comment\"}`; sending back needs a comment.")
	TaskDetails review(@PathVariable long id, @RequestBody ReviewRequest request) {
		return tasks.review(new Review(id, Boolean.TRUE.equals(request.approve()), request.comment()), CurrentActor.get());
	}

	@PostMapping("/{id}/extension")
	@Operation(summary = "Ask for a later deadline (申请延期)", description = "Body `{\"newDeadline\": \"YYYY-MM-DD\", \"reason\"}`.")
	TaskDetails requestExtension(@PathVariable long id, @RequestBody ExtensionRequestBody request) {
		return tasks.requestExtension(new RequestExtension(id, request.newDeadline(), request.reason()), CurrentActor.get());
	}

	@PostMapping("/{id}/extension/decision")
	@Operation(summary = "Decide the pending extension request", description = "Body `{\"approve\": true|false, \"note\"}`; a "
			+ "refusal needs a note.")
	TaskDetails decideExtension(@PathVariable long id, @RequestBody DecisionRequest request) {
		return tasks.decideExtension(new DecideExtension(id, Boolean.TRUE.equals(request.approve()), request.note()), CurrentActor.get());
	}

	@PostMapping("/{id}/instructions")
	@Operation(summary = "A leader's instruction (批示, supervision:instruct)", description = "Body `{\"text\"}`.")
	TaskDetails instruct(@PathVariable long id, @RequestBody TextRequest request) {
		return tasks.instruct(id, request.text(), CurrentActor.get());
	}

	@PostMapping("/{id}/reminders")
	@Operation(summary = "Remind the lead unit (催办)", description = "Body `{\"text\"}` (optional words).")
	TaskDetails remind(@PathVariable long id, @RequestBody(required = false) TextRequest request) {
		return tasks.remind(id, request == null ? null : request.text(), CurrentActor.get());
	}

	@PostMapping("/{id}/notices")
	@Operation(summary = "Send a supervision notice (督办单) to the lead unit", description = "Body `{\"issues\", \"requirements\", "
			+ "\"replyDue\": \"YYYY-MM-DD\"}`. Answers 201 with the numbered notice and where its PDF is.")
	ResponseEntity<NoticeJson> notice(@PathVariable long id, @RequestBody NoticeRequest request) {
		SupervisionNotice notice = tasks.issueNotice(new IssueNotice(id, request.issues(), request.requirements(), request.replyDue()),
				CurrentActor.get());
		return ResponseEntity.created(URI.create("/api/v1/notices/" + notice.id())).body(NoticeJson.of(notice));
	}

	@GetMapping("/{id}/notices")
	@Operation(summary = "The task's supervision notices")
	List<NoticeJson> notices(@PathVariable long id) {
		return queries.notices(id, CurrentActor.get()).stream().map(NoticeJson::of).toList();
	}

	@GetMapping("/{id}/timeline")
	@Operation(summary = "Every step of the task, oldest first")
	List<TimelineEntry> timeline(@PathVariable long id) {
		return queries.timeline(id, CurrentActor.get());
	}

	@GetMapping("/groups")
	@Operation(summary = "The groups (tags) in use in the caller's scope, most used first")
	List<String> groups() {
		return queries.groups(CurrentActor.get());
	}
}
