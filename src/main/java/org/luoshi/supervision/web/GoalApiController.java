package org.luoshi.supervision.web;

import java.math.BigDecimal;
import java.net.URI;
import java.util.Map;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.Page;
import org.luoshi.shared.PageQuery;
import org.luoshi.supervision.GoalDetails;
import org.luoshi.supervision.GoalManagement;
import org.luoshi.supervision.GoalStanding;
import org.luoshi.supervision.TaskCommands.CreateGoal;
import org.luoshi.supervision.TaskCommands.UpdateGoal;
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
@RequestMapping("/api/v1/goals")
@Tag(name = "Goals", description = "What a conference, a leader or the district office sets out to achieve, carried out by tasks. "
		+ "Reads need supervision:read and show the goals with a task in the caller's data scope (others answer 404); writes need "
		+ "supervision:manage (403 otherwise).")
@PreAuthorize("hasAuthority('supervision:read')")
class GoalApiController {

	private final GoalManagement goals;

	GoalApiController(GoalManagement goals) {
		this.goals = goals;
	}

	/**
	 * A goal as written; {@code version} is needed to update. {@code boundIndicator} (an indicator's code, e.g.
	 * {@code GDP}) and {@code boundPlace} (a division code) bind it to that indicator's target: both or neither.
	 */
	record GoalRequest(String title, String description, Integer year, String indicator, BigDecimal targetValue, String targetUnit,
			String comparator, String targetDeadline, Boolean published, String boundIndicator, String boundPlace, Integer version) {
	}

	@GetMapping
	@Operation(summary = "Goals in the caller's scope, newest first", description = "Optional `year`; paging as everywhere.")
	Page<GoalDetails> list(@RequestParam(required = false) Integer year, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size) {
		return goals.goals(year, PageQuery.of(page, size, null, "createdAt", Set.of("createdAt")), CurrentActor.get());
	}

	@GetMapping("/{id}")
	@Operation(summary = "One goal with how far its tasks have come")
	GoalDetails get(@PathVariable long id) {
		return goals.goal(id, CurrentActor.get());
	}

	@PostMapping
	@Operation(summary = "Create a goal", description = "Answers 201 with the goal and its Location; 400 lists every problem at once.")
	ResponseEntity<GoalDetails> create(@RequestBody GoalRequest request) {
		GoalDetails goal = goals.createGoal(new CreateGoal(request.title(), request.description(), request.year(), request.indicator(),
				request.targetValue(), request.targetUnit(), request.comparator(), request.targetDeadline(),
				Boolean.TRUE.equals(request.published()), request.boundIndicator(), request.boundPlace()), CurrentActor.get());
		return ResponseEntity.created(URI.create("/api/v1/goals/" + goal.id())).body(goal);
	}

	@PutMapping("/{id}")
	@Operation(summary = "Change a goal", description = "Send the `version` you read; 409 when someone saved first.")
	GoalDetails update(@PathVariable long id, @RequestBody GoalRequest request) {
		return goals.updateGoal(new UpdateGoal(id, request.version() == null ? -1 : request.version(), request.title(),
				request.description(), request.year(), request.indicator(), request.targetValue(), request.targetUnit(),
				request.comparator(), request.targetDeadline(), Boolean.TRUE.equals(request.published()), request.boundIndicator(),
				request.boundPlace()), CurrentActor.get());
	}

	@GetMapping("/{id}/standing")
	@Operation(summary = "Where a goal bound to an economic indicator stands by the figures", description = "The place's "
			+ "attainment of the indicator's target for the goal's year as of the latest month reported, the growth still needed, "
			+ "and the goal's light taken from them (null while no target or value says). 404 for a goal bound to no indicator.")
	GoalStanding standing(@PathVariable long id) {
		return goals.standing(id, CurrentActor.get()).orElseThrow(() -> new org.luoshi.shared.NotFoundException("goal standing", id));
	}

	@PostMapping("/{id}/issue")
	@Operation(summary = "Issue every complete draft task of the goal", description = "Drafts with a lead unit and a deadline ahead "
			+ "go to their units; answers how many.")
	Map<String, Integer> issueDrafts(@PathVariable long id) {
		return Map.of("issued", goals.issueDrafts(id, CurrentActor.get()));
	}
}
