package org.luoshi.shared.web;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;

import org.luoshi.shared.PageQuery;
import org.springframework.ui.Model;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The sort and page links of a list page that keep its filters, so that no filter is lost while browsing: the model's
 * {@code sortLinks} (field → link sorting by it, the other way round when it sorts so already), {@code previousLink}
 * and {@code nextLink}.
 */
public final class ListLinks {

	private ListLinks() {
	}

	/** @param filtered the list's address with its filters, without sort and page */
	public static void addTo(Model model, UriComponentsBuilder filtered, PageQuery paging, Collection<String> sortable) {
		Map<String, String> sortLinks = new LinkedHashMap<>();
		for (String field : sortable) {
			boolean ascending = !(field.equals(paging.sortField()) && paging.ascending());
			sortLinks.put(field, filtered.cloneBuilder().queryParam("sort", field + "," + (ascending ? "asc" : "desc")).encode().toUriString());
		}
		String sort = sort(paging);
		model.addAttribute("sortLinks", sortLinks);
		model.addAttribute("previousLink", filtered.cloneBuilder().queryParam("sort", sort).queryParam("page", paging.page() - 1)
			.encode().toUriString());
		model.addAttribute("nextLink", filtered.cloneBuilder().queryParam("sort", sort).queryParam("page", paging.page() + 1)
			.encode().toUriString());
	}

	/** The list's order as its {@code sort} parameter says it: {@code name,asc}. */
	public static String sort(PageQuery paging) {
		return paging.sortField() + "," + (paging.ascending() ? "asc" : "desc");
	}
}
