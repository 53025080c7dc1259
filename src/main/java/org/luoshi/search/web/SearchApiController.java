package org.luoshi.search.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.luoshi.search.Search;
import org.luoshi.search.SearchHit;
import org.luoshi.search.SearchQuery;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.Page;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Search", description = "Chinese full-text search over the records the caller may see")
class SearchApiController {

	private final Search search;

	SearchApiController(Search search) {
		this.search = search;
	}

	@GetMapping("/api/v1/search")
	@Operation(summary = "Search records by their words", description = """
			The text is segmented into Chinese words (HanLP); every word must occur. Hits are ranked, title matches first, \
			and limited to what the caller may open: the permission and data scope of each record type's own rule. `highlightedTitle` and `snippet` are HTML: escaped text with the matched \
			words in `<mark>`. Only the 500 most recently updated matches are ranked, so `total` stops at 500.""")
	@ApiResponse(responseCode = "200", description = "One page of hits")
	@ApiResponse(responseCode = "400", description = "Blank or too long text (max. 100 characters), unknown type format, bad paging")
	Page<SearchHit> search(
			@Parameter(description = "What to search for, at most 100 characters", example = "棠下") @RequestParam(required = false) String q,
			@Parameter(description = "Only records of this type, e.g. unit, staff, report") @RequestParam(required = false) String type,
			@Parameter(description = "Page number, from 0") @RequestParam(required = false) Integer page,
			@Parameter(description = "Page size, 1–200 (default 20)") @RequestParam(required = false) Integer size) {
		return search.search(new SearchQuery(q, type, page, size), CurrentActor.get());
	}
}
