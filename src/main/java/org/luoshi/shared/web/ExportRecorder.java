package org.luoshi.shared.web;

import java.util.LinkedHashMap;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.luoshi.shared.AuditableEvent;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Configuration;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * Records every export ({@link AuditedExport}) in the audit trail once it has been sent: an answer that was refused
 * or invalid (4xx, 5xx before anything was sent) exported nothing; one that broke off after its first bytes did.
 * Recording after the file rather than before it means a trail that cannot be written does not stop a download; the
 * failure is logged.
 */
@Configuration(proxyBeanMethods = false)
class ExportRecorder implements WebMvcConfigurer, HandlerInterceptor {

	private static final int QUERY_MAX = 1000;

	private final ApplicationEventPublisher events;

	ExportRecorder(ApplicationEventPublisher events) {
		this.events = events;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void afterCompletion(HttpServletRequest request, HttpServletResponse response, Object handler, Exception failure) {
		if (!(handler instanceof HandlerMethod method) || !method.hasMethodAnnotation(AuditedExport.class)) {
			return;
		}
		if (response.getStatus() >= 400 || failure != null && !response.isCommitted()) {
			return;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		String query = request.getQueryString() == null ? "" : request.getQueryString();
		events.publishEvent(new Exported(method.getMethodAnnotation(AuditedExport.class).value(), path,
				query.length() > QUERY_MAX ? query.substring(0, QUERY_MAX) : query, failure == null));
	}

	/** An export as the audit trail keeps it: the path is the target, the query the filter it carried. */
	record Exported(String action, String path, String query, boolean complete) implements AuditableEvent {

		@Override
		public String targetType() {
			return "export";
		}

		@Override
		public String targetId() {
			return "";
		}

		@Override
		public String targetLabel() {
			return path;
		}

		@Override
		public Map<String, Change> changes() {
			Map<String, Change> changes = new LinkedHashMap<>();
			changes.put("query", new Change(null, query));
			if (!complete) {
				changes.put("complete", new Change(null, false));
			}
			return changes;
		}
	}
}
