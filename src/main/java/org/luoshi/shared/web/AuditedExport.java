package org.luoshi.shared.web;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks a handler that sends data out of Luoshi as a file (an Excel ledger, the audit trail): each download it answers
 * is recorded in the audit trail with who, what and the filter it carried ({@link ExportRecorder}). Templates and
 * single printed documents are not exports.
 */
@Documented
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
public @interface AuditedExport {

	/** The audit action, e.g. {@code supervision.tasks.exported}. */
	String value();
}
