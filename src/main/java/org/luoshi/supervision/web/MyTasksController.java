package org.luoshi.supervision.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.luoshi.shared.Actor;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.Permissions;
import org.luoshi.supervision.SupervisionBoards;
import org.luoshi.supervision.SupervisionBoards.MyTasks;
import org.luoshi.supervision.TaskSummary;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The person's own to-do list of supervision, most urgent first; the entry page of supervision. Each section belongs
 * to a role — the lead unit signs and reports, the issuing office reviews and decides, a leader watches what is late —
 * and a section the person's permissions can never fill is left out rather than shown empty for ever.
 */
@Controller
@PreAuthorize("hasAuthority('supervision:read')")
class MyTasksController {

	private final SupervisionBoards boards;

	MyTasksController(SupervisionBoards boards) {
		this.boards = boards;
	}

	/** {@code name} is the section's message key suffix and element id suffix ({@code my-to-sign}). */
	record Section(String name, List<TaskSummary> tasks) {
	}

	@GetMapping("/supervision")
	String supervision() {
		return "redirect:/supervision/my";
	}

	@GetMapping("/supervision/my")
	String myTasks(Model model) {
		Actor actor = CurrentActor.get();
		MyTasks mine = boards.myTasks(actor);
		List<Section> sections = new ArrayList<>();
		if (actor.can(Permissions.SUPERVISION_HANDLE)) {
			sections.add(new Section("to-sign", mine.toSign()));
			sections.add(new Section("to-report", mine.toReport()));
			sections.add(new Section("working", mine.working()));
		}
		// A handler reviews what it broke down only when there is some: its sections stay out of the way otherwise.
		boolean issues = actor.can(Permissions.SUPERVISION_MANAGE);
		if (issues || Stream.of(mine.toReview(), mine.extensions(), mine.returned(), mine.drafts()).anyMatch(list -> !list.isEmpty())) {
			sections.add(new Section("to-review", mine.toReview()));
			sections.add(new Section("extensions", mine.extensions()));
			sections.add(new Section("returned", mine.returned()));
			sections.add(new Section("drafts", mine.drafts()));
		}
		if (actor.can(Permissions.SUPERVISION_INSTRUCT)) {
			sections.add(new Section("watch", mine.watch()));
		}
		model.addAttribute("sections", sections);
		model.addAttribute("nothingWaits", sections.stream().allMatch(section -> section.tasks().isEmpty()));
		return "supervision/my";
	}
}
