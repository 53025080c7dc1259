package org.luoshi.supervision.web;

import org.luoshi.shared.CurrentActor;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/** A supervision notice, printable: the PDF opens in the browser's viewer, from where it is printed or saved. */
@Controller
@PreAuthorize("hasAuthority('supervision:read')")
class NoticeController {

	private final org.luoshi.supervision.TaskQueries queries;
	private final NoticePrint print;

	NoticeController(org.luoshi.supervision.TaskQueries queries, NoticePrint print) {
		this.queries = queries;
		this.print = print;
	}

	@GetMapping("/supervision/notices/{id}.pdf")
	ResponseEntity<byte[]> pdf(@PathVariable long id) {
		return print.answer(queries.notice(id, CurrentActor.get()));
	}
}
