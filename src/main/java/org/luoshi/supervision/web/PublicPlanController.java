package org.luoshi.supervision.web;

import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;

import org.luoshi.supervision.Light;
import org.luoshi.supervision.SupervisionBoards;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The public plan (重点工作公开): the goals and tasks the district publishes, for citizens who do not sign in. It shows
 * only what {@link SupervisionBoards#publicPlan()} gives, which holds no person and leads nowhere inside the platform.
 */
@Controller
class PublicPlanController {

	/** Comparators as a reader writes them: ≥ rather than {@code >=}. On a HashMap, which a target without one may ask for null. */
	private static final Map<String, String> COMPARATORS = Collections.unmodifiableMap(new HashMap<>(Map.of(">=", "≥", "<=", "≤", "~", "≈")));

	private final SupervisionBoards boards;

	PublicPlanController(SupervisionBoards boards) {
		this.boards = boards;
	}

	@GetMapping("/public/plan")
	String plan(Model model) {
		model.addAttribute("goals", boards.publicPlan());
		model.addAttribute("comparators", COMPARATORS);
		model.addAttribute("lights", Light.values());
		model.addAttribute("asOf", Instant.now());
		return "public/plan";
	}
}
