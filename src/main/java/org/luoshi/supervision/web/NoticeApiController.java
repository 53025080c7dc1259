package org.luoshi.supervision.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.luoshi.shared.CurrentActor;
import org.luoshi.supervision.TaskQueries;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/v1/notices")
@Tag(name = "Supervision notices", description = "Numbered supervision notices (督办单), readable by whoever sees their task "
		+ "(404 otherwise). They are sent with POST /api/v1/tasks/{id}/notices.")
@PreAuthorize("hasAuthority('supervision:read')")
class NoticeApiController {

	private final TaskQueries queries;
	private final NoticePrint print;

	NoticeApiController(TaskQueries queries, NoticePrint print) {
		this.queries = queries;
		this.print = print;
	}

	@GetMapping("/{id}")
	@Operation(summary = "One notice")
	TaskApiController.NoticeJson get(@PathVariable long id) {
		return TaskApiController.NoticeJson.of(queries.notice(id, CurrentActor.get()));
	}

	@GetMapping("/{id}/pdf")
	@Operation(summary = "The notice as a printable PDF (A4, official-document layout)")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		return print.answer(queries.notice(id, CurrentActor.get()));
	}
}
