package org.luoshi.shared.web;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.luoshi.shared.Actor;
import org.luoshi.shared.CurrentActor;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/** Gives every page the actor, the sidebar (filtered by permission) and the current path. */
@ControllerAdvice(annotations = Controller.class)
class LayoutAdvice {

	private final List<NavigationEntry> entries;

	LayoutAdvice(List<NavigationEntry> entries) {
		this.entries = entries.stream().sorted(Comparator.comparingInt(NavigationEntry::order)).toList();
	}

	/**
	 * The same attributes for a view that no handler method renders, such as an exception handler's error page (Spring
	 * applies {@code @ModelAttribute} methods to handler methods only).
	 */
	void addTo(Map<String, Object> model, HttpServletRequest request, java.util.Locale locale) {
		model.put("actor", actor());
		model.put("currentPath", currentPath(request));
		model.put("otherLanguageUrl", otherLanguageUrl(request, locale));
		model.put("navigation", navigation());
	}

	@ModelAttribute("actor")
	Actor actor() {
		return CurrentActor.get();
	}

	@ModelAttribute("currentPath")
	String currentPath(HttpServletRequest request) {
		return request.getRequestURI().substring(request.getContextPath().length());
	}

	/** This very page in the other language: the switch keeps what the person was looking at (filters, a query). */
	@ModelAttribute("otherLanguageUrl")
	String otherLanguageUrl(HttpServletRequest request, java.util.Locale locale) {
		String other = "en".equals(locale.getLanguage()) ? "zh_CN" : "en";
		return org.springframework.web.servlet.support.ServletUriComponentsBuilder.fromRequest(request)
			.replaceQueryParam("lang", other)
			.build()
			.toUriString();
	}

	@ModelAttribute("navigation")
	Map<String, List<NavigationEntry>> navigation() {
		Actor actor = CurrentActor.get();
		Map<String, List<NavigationEntry>> sections = new LinkedHashMap<>();
		for (NavigationEntry entry : entries) {
			if (entry.isFor(actor::can)) {
				sections.computeIfAbsent(entry.section(), key -> new ArrayList<>()).add(entry);
			}
		}
		return sections;
	}
}
