package org.luoshi.search.web;

import java.util.List;
import java.util.Map;

import org.luoshi.search.Search;
import org.luoshi.search.SearchHit;
import org.luoshi.search.SearchQuery;
import org.luoshi.shared.Actor;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.Page;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The results page behind the header's search box: ranked hits with marked words, type filters and paging. */
@Controller
class SearchController {

	private final Search search;

	SearchController(Search search) {
		this.search = search;
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) String type,
			@RequestParam(required = false) String page, Model model) {
		Actor actor = CurrentActor.get();
		String text = q == null ? "" : q.strip();
		String filter = type == null || type.isBlank() ? null : type.strip();
		model.addAttribute("q", text);
		model.addAttribute("type", filter);
		model.addAttribute("candidateLimit", Search.CANDIDATE_LIMIT);
		if (text.isEmpty()) {
			model.addAttribute("problems", List.of(Violation.of("q", "search.empty")));
			return "search/results";
		}
		try {
			Page<SearchHit> results = search.search(new SearchQuery(text, filter, pageNumber(page), null), actor);
			Map<String, Long> counts = search.countByType(text, actor);
			model.addAttribute("results", results);
			model.addAttribute("counts", counts);
		}
		catch (ValidationException e) {
			model.addAttribute("problems", e.violations());
		}
		return "search/results";
	}

	/** A page number that is not a number is read as the first page: links are made by us, people only retype them. */
	private static Integer pageNumber(String page) {
		try {
			return page == null || page.isBlank() ? null : Integer.valueOf(page.strip());
		}
		catch (NumberFormatException e) {
			return null;
		}
	}
}
