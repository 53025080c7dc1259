package org.luoshi.supervision.web;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.UnitSummary;
import org.luoshi.shared.Actor;
import org.luoshi.shared.CurrentActor;
import org.luoshi.supervision.Light;
import org.luoshi.supervision.SupervisionBoards;
import org.luoshi.supervision.SupervisionBoards.DistrictBoard;
import org.luoshi.supervision.SupervisionBoards.GroupCounts;
import org.luoshi.supervision.SupervisionBoards.UnitBoard;
import org.luoshi.supervision.TaskFilter;
import org.luoshi.supervision.TaskSummary;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The district board (督办看板: figures, charts, lead units, urgent tasks, latest reports) and the unit boards (a unit's
 * tasks as kanban columns). The district board is the page leaders open most: it reads the board and the goals for its
 * filter and nothing else.
 */
@Controller
@RequestMapping("/supervision")
@PreAuthorize("hasAuthority('supervision:read')")
class BoardController {

	/** The newest goals offered by the filter; older ones are reached through the goal pages. */
	private static final int GOAL_CHOICES = 100;

	private final SupervisionBoards boards;
	private final OrganizationDirectory directory;
	private final MessageSource messages;

	BoardController(SupervisionBoards boards, OrganizationDirectory directory, MessageSource messages) {
		this.boards = boards;
		this.directory = directory;
		this.messages = messages;
	}

	@GetMapping("/board")
	String districtBoard(@RequestParam(required = false) Long goal, @RequestParam(required = false) String group, Model model,
			Locale locale, HttpServletRequest request) {
		Actor actor = CurrentActor.get();
		TaskFilter filter = new TaskFilter(goal, null, null, null, group, null, null, null, false);
		DistrictBoard board = boards.districtBoard(filter, actor);
		TaskListLinks links = new TaskListLinks(request.getContextPath(), filter.goalId(), filter.group());
		model.addAttribute("board", board);
		model.addAttribute("filter", filter);
		model.addAttribute("goals", boards.goalChoices(GOAL_CHOICES, actor));
		model.addAttribute("groups", groupChoices(board, filter));
		model.addAttribute("segmentLinks", links.bySegment());
		model.addAttribute("lightChart", lightChart(board, links, locale));
		model.addAttribute("groupChart", groupChart(board, links, locale));
		model.addAttribute("unitLinks", UnitBoardLinks.of(actor, directory));
		return "supervision/board";
	}

	@GetMapping("/units")
	String units(Model model) {
		Actor actor = CurrentActor.get();
		if (!actor.seesWholeDistrict()) {
			return "redirect:/supervision/units/" + actor.scopeUnitId();
		}
		model.addAttribute("units", directory.allUnits().stream().filter(UnitSummary::active).toList());
		return "supervision/unit-picker";
	}

	@GetMapping("/units/{id}")
	String unitBoard(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.get();
		UnitBoard board = boards.unitBoard(id, actor);
		model.addAttribute("board", board);
		model.addAttribute("inProgress", byLight(board.inProgress()));
		model.addAttribute("wholeDistrict", actor.seesWholeDistrict());
		return "supervision/unit-board";
	}

	/** The kanban's in-progress column by light, red first: it reads from what is late to what is on track. */
	private static Map<Light, List<TaskSummary>> byLight(List<TaskSummary> tasks) {
		Map<Light, List<TaskSummary>> byLight = new LinkedHashMap<>();
		Arrays.stream(Light.values()).sorted(Comparator.comparingInt(Light::urgency)).forEach(light -> {
			List<TaskSummary> lit = tasks.stream().filter(task -> task.light() == light).toList();
			if (!lit.isEmpty()) {
				byLight.put(light, lit);
			}
		});
		return byLight;
	}

	/**
	 * The groups the board counts, the chosen one included even when the board has none of it. They come from the board
	 * itself, so that the filter costs no query of its own.
	 */
	private static List<String> groupChoices(DistrictBoard board, TaskFilter filter) {
		List<String> groups = new ArrayList<>(board.byGroup().stream().map(GroupCounts::group).toList());
		if (filter.group() != null && !groups.contains(filter.group())) {
			groups.add(0, filter.group());
		}
		return groups;
	}

	private Chart lightChart(DistrictBoard board, TaskListLinks links, Locale locale) {
		List<Chart.Series> series = new ArrayList<>();
		for (BoardSegment segment : BoardSegment.values()) {
			series.add(new Chart.Series(segment.name(), messages.getMessage(segment.messageKey(), null, locale),
					List.of(new Chart.Point(segment.count(board.counts()), links.of(segment)))));
		}
		return new Chart("doughnut", "", null, List.of(), series);
	}

	private Chart groupChart(DistrictBoard board, TaskListLinks links, Locale locale) {
		List<Chart.Series> series = new ArrayList<>();
		for (BoardSegment segment : BoardSegment.values()) {
			series.add(new Chart.Series(segment.name(), messages.getMessage(segment.messageKey(), null, locale),
					board.byGroup().stream()
						.map(group -> new Chart.Point(segment.count(group.counts()), links.of(segment, group.group())))
						.toList()));
		}
		return new Chart("stacked-bar", "", null, board.byGroup().stream().map(GroupCounts::group).toList(), series);
	}
}
