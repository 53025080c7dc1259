package org.luoshi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The templates hold nothing the Content-Security-Policy ({@link SecurityHeaders}) would refuse: behaviour belongs in
 * static/js (by data- attributes), looks in static/css.
 */
class TemplateScriptPolicyTests {

	private static final Path TEMPLATES = Path.of("src/main/resources/templates");

	/** Each kind of markup the policy refuses, found in the text of a template. */
	private static final List<Pattern> REFUSED = List.of(
			// onclick=, onsubmit=, th:onclick=, and the same written through th:attr
			Pattern.compile("(?<=[\\s\"',])(?:th:)?on[a-z]+\\s*=", Pattern.CASE_INSENSITIVE),
			// hx-on:click, hx-on::after-request, hx-on-click, data-hx-on…: htmx evaluates them as script
			Pattern.compile("(?<=\\s)(?:data-)?hx-on[\\w:.-]*\\s*=", Pattern.CASE_INSENSITIVE),
			// htmx event filters (hx-trigger="every 60s [expression]") and js: values are evaluated too
			Pattern.compile("hx-trigger\\s*=\\s*\"[^\"]*\\[", Pattern.CASE_INSENSITIVE),
			Pattern.compile("(?:hx-vals|hx-vars)\\s*=\\s*['\"]\\s*(?:js:|javascript:|\\{[^}]*\\()", Pattern.CASE_INSENSITIVE),
			// a script element without a src: inline script
			Pattern.compile("<script(?![^>]*\\ssrc=)(?![^>]*\\sth:src=)[^>]*>", Pattern.CASE_INSENSITIVE),
			Pattern.compile("javascript:", Pattern.CASE_INSENSITIVE),
			// style attributes and style elements (style-src 'self')
			Pattern.compile("(?<=\\s)(?:th:)?style\\s*=", Pattern.CASE_INSENSITIVE),
			Pattern.compile("<style[\\s>]", Pattern.CASE_INSENSITIVE));

	@Test
	void noTemplateHoldsInlineScriptHandlersOrStyles() throws IOException {
		List<String> found = new ArrayList<>();
		try (Stream<Path> files = Files.walk(TEMPLATES)) {
			for (Path file : files.filter(path -> path.toString().endsWith(".html")).sorted().toList()) {
				found.addAll(refused(TEMPLATES.relativize(file).toString(), Files.readString(file)));
			}
		}
		assertThat(found).as("templates with markup the Content-Security-Policy refuses").isEmpty();
	}

	@Test
	void theScanFindsEachKindOfInlineScript() {
		List<String> samples = List.of("<button onclick=\"go()\">", "<form class=\"x\"\n      onsubmit=\"return confirm('?')\">",
				"<a th:onclick=\"|go(${id})|\">", "<div th:attr=\"data-x=1,onmouseover=alert(1)\">", "<div hx-on:click=\"go()\">",
				"<section hx-on::response-error=\"x()\">", "<span hx-trigger=\"every 60s [active()]\">",
				"<div hx-vals='js:{a: b()}'>", "<script>alert(1)</script>", "<script th:inline=\"javascript\">",
				"<a href=\"javascript:go()\">", "<div style=\"width: 1rem\">", "<div th:style=\"'width:' + ${w}\">", "<style>p {}</style>");
		for (String sample : samples) {
			assertThat(refused("sample", sample)).as(sample).hasSize(1);
		}
		assertThat(refused("sample", "<script defer th:src=\"@{/js/luoshi.js}\"></script><div data-confirm=\"确定？\" hx-trigger=\"load, luoshi:poll\""
				+ " class=\"one\">")).isEmpty();
	}

	private static List<String> refused(String name, String template) {
		List<String> found = new ArrayList<>();
		for (Pattern pattern : REFUSED) {
			Matcher matcher = pattern.matcher(template);
			while (matcher.find()) {
				int line = (int) template.substring(0, matcher.start()).lines().count();
				found.add(name + ":" + Math.max(line, 1) + ": " + matcher.group().strip());
			}
		}
		return found;
	}
}
