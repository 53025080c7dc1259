package org.luoshi.legalservice.lectures.web;

import java.net.URI;
import java.util.List;
import java.util.Locale;

import org.luoshi.legalservice.lectures.LectureListing;
import org.luoshi.legalservice.lectures.internal.LectureCommands.Register;
import org.luoshi.legalservice.lectures.internal.LectureCommands.ScheduleLecture;
import org.luoshi.legalservice.lectures.internal.LectureCommands.StepInput;
import org.luoshi.legalservice.lectures.internal.LectureQueries;
import org.luoshi.legalservice.lectures.internal.LectureService;
import org.luoshi.legalservice.lectures.internal.LectureStep;
import org.luoshi.legalservice.lectures.internal.LectureView;
import org.luoshi.legalservice.lectures.internal.TopicMenu;
import org.luoshi.legalservice.lectures.internal.TopicMenu.ProposeTopic;
import org.luoshi.legalservice.lectures.internal.TopicMenu.RankedTopic;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.NotFoundException;
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

/** The lecture menu for API clients. */
@RestController
@RequestMapping("/api/v1/legal/topics")
@Tag(name = "Legal lecture menu", description = """
		The lecture menu (点单): topics ranked by demand — `votes` plus `demands`, the enterprise demands of the legal category \
		from the past year whose title or text holds one of the topic's keywords. Enterprises' accounts and staff propose; \
		enterprises' accounts vote, once per enterprise and topic (a second vote 400 `legal.topic.vote.twice`, nothing changed).""")
@PreAuthorize("hasAnyAuthority('legal:manage', 'legal:handle', 'legal:provide', 'legal:request')")
class TopicApiController {

	private final TopicMenu topics;

	TopicApiController(TopicMenu topics) {
		this.topics = topics;
	}

	@GetMapping
	@Operation(summary = "The menu", description = "Proposed topics by rank (`rank` 1 first, `score` = `votes` + `demands`), then those "
			+ "scheduled or held (`rank` 0). `votedByMe` for an enterprise's account.")
	List<RankedTopic> menu() {
		return topics.menu(CurrentActor.get());
	}

	@PostMapping
	@Operation(summary = "Propose a topic", description = "`title` (≤ 60), `description` (≤ 1000), `keywords` separated by commas or "
			+ "spaces (≤ 8, each ≤ 20): what the demands are matched on. 201 with Location; the answer is the topic as the menu ranks it.")
	ResponseEntity<RankedTopic> propose(@RequestBody ProposeTopic request) {
		TopicMenu.Topic topic = topics.propose(request, CurrentActor.get());
		return ResponseEntity.created(URI.create("/api/v1/legal/topics#" + topic.id())).body(topics.ranked(CurrentActor.get(), topic.id()));
	}

	@PostMapping("/{id}/vote")
	@Operation(summary = "Vote for a topic", description = "An enterprise's account, once per enterprise, while the topic is on the menu.")
	RankedTopic vote(@PathVariable long id) {
		return topics.vote(id, CurrentActor.get());
	}

	@DeleteMapping("/{id}/vote")
	@Operation(summary = "Withdraw the enterprise's vote")
	RankedTopic unvote(@PathVariable long id) {
		return topics.withdrawVote(id, CurrentActor.get());
	}
}
