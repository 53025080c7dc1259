package org.luoshi.audit.web;

import java.util.Collection;
import java.util.Locale;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.luoshi.audit.internal.AuditEntry;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.UnitSummary;
import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * The trail as people read it, on the page ({@code @auditTexts} in the template, in the request's language) and in
 * the export: actions, record types and fields by name from the message bundles; coded values (states, lights,
 * roles…) by the bundle prefix {@code audit.values.<field>} names; unit ids as unit names; yes/no for booleans. A code
 * the bundles do not know is shown as it is stored, so that a new action is never hidden.
 */
@Component("auditTexts")
public class AuditTexts {

	/** Fields that hold unit ids: {@code unitId}, {@code leadUnitId}, {@code coUnitIds}, {@code scopeUnitId}, {@code parent}… */
	private static final Pattern UNIT_FIELD = Pattern.compile("(?i)(.*unitids?|parent|parentid)");
	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]*");
	private static final Pattern NUMBER = Pattern.compile("\\d{1,18}");

	private final MessageSource messages;
	private final OrganizationDirectory organization;

	AuditTexts(MessageSource messages, OrganizationDirectory organization) {
		this.messages = messages;
		this.organization = organization;
	}

	public String action(String code) {
		return action(code, LocaleContextHolder.getLocale());
	}

	public String action(String code, Locale locale) {
		return messages.getMessage("audit.action." + code, null, code, locale);
	}

	public String targetType(String type) {
		return targetType(type, LocaleContextHolder.getLocale());
	}

	public String targetType(String type, Locale locale) {
		return messages.getMessage("audit.target." + type, null, type, locale);
	}

	public String field(String field) {
		return field(field, LocaleContextHolder.getLocale());
	}

	public String field(String field, Locale locale) {
		return messages.getMessage("audit.field." + field, null, field, locale);
	}

	/** Whether the bundles name the field (the page then shows its code beside the name, for the technically minded). */
	public boolean knowsField(String field) {
		return messages.getMessage("audit.field." + field, null, null, LocaleContextHolder.getLocale()) != null;
	}

	public String value(String field, Object value) {
		return value(field, value, LocaleContextHolder.getLocale());
	}

	/** One side of a change as text; {@code null} when the side is empty. */
	public String value(String field, Object value, Locale locale) {
		if (value == null) {
			return null;
		}
		if (value instanceof Collection<?> values) {
			return values.stream().map(item -> value(field, item, locale)).collect(Collectors.joining("、"));
		}
		if (value instanceof Boolean flag) {
			return messages.getMessage("audit.value." + flag, null, flag.toString(), locale);
		}
		String text = value instanceof String string ? string : AuditEntry.FieldChange.text(value);
		if (UNIT_FIELD.matcher(field).matches() && NUMBER.matcher(text).matches()) {
			long id = Long.parseLong(text);
			return organization.findUnit(id).map(UnitSummary::name)
				.orElseGet(() -> messages.getMessage("audit.value.unknown-unit", new Object[] { text }, locale));
		}
		if (CODE.matcher(text).matches()) {
			String prefix = messages.getMessage("audit.values." + field, null, null, locale);
			if (prefix != null) {
				return messages.getMessage(prefix + text, null, text, locale);
			}
		}
		return text;
	}

	/** "field: before → after" per line, for the export. */
	public String changes(AuditEntry entry, Locale locale) {
		return entry.changeList().stream()
			.map(change -> field(change.field(), locale) + ": " + dash(value(change.field(), change.before(), locale)) + " → "
					+ dash(value(change.field(), change.after(), locale)))
			.collect(Collectors.joining("\n"));
	}

	private static String dash(String value) {
		return value == null ? "—" : value;
	}
}
