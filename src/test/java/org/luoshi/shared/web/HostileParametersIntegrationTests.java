package org.luoshi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.RecordComponent;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.luoshi.support.ApiClient;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.PageSession;
import org.springframework.beans.BeanUtils;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * No address ends in a 500, whatever is put in its parameters: every GET endpoint of the API and every page is called
 * with each of its query parameters set to values people and scanners send (huge page numbers, overflowing numbers,
 * words where numbers go, NUL characters). The API answers them with problem+json.
 */
@IntegrationTest
class HostileParametersIntegrationTests {

	private static final List<String> HOSTILE = List.of("2147483647", "-2147483648", "99999999999999999999", "abc", "棠下\u0000镇",
			"9999-99-99", "");

	@LocalServerPort
	int port;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	@Test
	void noGetEndpointAnswersAServerErrorToHostileParameters() {
		ApiClient api = ApiClient.signIn(port, "demo-admin");
		PageSession pages = PageSession.signIn(port, "demo-admin");
		List<String> failures = new ArrayList<>();
		int calls = 0;
		for (Map.Entry<String, Set<String>> endpoint : getEndpoints().entrySet()) {
			String path = endpoint.getKey().replaceAll("\\{[^}]+}", "1");
			List<String> queries = new ArrayList<>();
			for (String value : HOSTILE) {
				queries.add(endpoint.getValue().stream().map(name -> name + "=" + encode(value)).collect(Collectors.joining("&")));
			}
			queries.add("page=2147483647&size=200");
			queries.add("page=2147483647&size=2147483647");
			for (String query : queries) {
				String address = path + (query.isEmpty() ? "" : "?" + query);
				calls++;
				if (path.startsWith("/api/")) {
					ApiClient.Answer answer = api.get(address);
					if (answer.status() >= 500 || (answer.status() >= 400 && !answer.contentType().startsWith("application/problem+json"))) {
						failures.add(answer.status() + " " + answer.contentType() + " " + address);
					}
				}
				else {
					int status = pages.get(address).statusCode();
					if (status >= 500) {
						failures.add(status + " " + address);
					}
				}
			}
		}
		assertThat(calls).isGreaterThan(300);
		assertThat(failures).isEmpty();
	}

	/** Each GET address with the names of the query parameters its handler reads. */
	private Map<String, Set<String>> getEndpoints() {
		Map<String, Set<String>> endpoints = new java.util.TreeMap<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : mappings.getHandlerMethods().entrySet()) {
			Set<RequestMethod> methods = mapping.getKey().getMethodsCondition().getMethods();
			if (!methods.isEmpty() && !methods.contains(RequestMethod.GET)) {
				continue;
			}
			Set<String> names = new LinkedHashSet<>(List.of("page", "size"));
			for (MethodParameter parameter : mapping.getValue().getMethodParameters()) {
				names.addAll(queryNames(parameter));
			}
			for (String pattern : mapping.getKey().getPatternValues()) {
				if (!pattern.startsWith("/error") && !pattern.contains("**") && !pattern.startsWith("/logout")) {
					endpoints.computeIfAbsent(pattern, p -> new LinkedHashSet<>()).addAll(names);
				}
			}
		}
		return endpoints;
	}

	private static List<String> queryNames(MethodParameter parameter) {
		parameter.initParameterNameDiscovery(new org.springframework.core.DefaultParameterNameDiscoverer());
		RequestParam requestParam = parameter.getParameterAnnotation(RequestParam.class);
		if (requestParam != null) {
			String name = !requestParam.name().isEmpty() ? requestParam.name() : parameter.getParameterName();
			return name == null ? List.of() : List.of(name);
		}
		Class<?> type = parameter.getParameterType();
		if (type.isRecord() && type.getName().startsWith("org.luoshi")) {
			return java.util.Arrays.stream(type.getRecordComponents()).map(RecordComponent::getName).toList();
		}
		if (BeanUtils.isSimpleProperty(type) && parameter.getParameterName() != null && !parameter.hasParameterAnnotations()) {
			return List.of(parameter.getParameterName());
		}
		return List.of();
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}
}
