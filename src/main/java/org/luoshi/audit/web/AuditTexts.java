package org.luoshi.audit.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
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
	/** A field of the n-th of a list: {@code contact2.phone}. */
	private static final Pattern NUMBERED = Pattern.compile("([a-z][A-Za-z]*)(\\d+)\\.([A-Za-z]+)");

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
		String label = label(field, locale);
		return label == null ? field : label;
	}

	/** Whether the bundles name the field (the page then shows its code beside the name, for the technically minded). */
	public boolean knowsField(String field) {
		return label(field, LocaleContextHolder.getLocale()) != null;
	}

	private String label(String field, Locale locale) {
		for (FieldName name : names(field)) {
			String label = messages.getMessage(name.key(), name.arguments(), null, locale);
			if (label != null) {
				return name.qualifier() == null ? label
						: messages.getMessage("audit.field.qualified", new Object[] { label, name.qualifier() }, locale);
			}
		}
		return null;
	}

	/**
	 * The keys that may name a field, the first the bundles hold winning: its own ({@code audit.field.level}); for the
	 * n-th of a list, the list's field with n as argument ({@code contact2.phone} → {@code audit.field.contact.phone}
	 * "联系人{0}电话"); for a field one per record of something else, whose part after the dot is that record's name
	 * ({@code findings.朝光通信有限公司}, {@code route.棠下镇}), the field before the dot followed by that name in
	 * brackets ({@code audit.field.qualified}). The names themselves cannot be keys: enterprises and towns come and go.
	 * Public for the tests that every field in the trail has a name.
	 */
	public static List<FieldName> names(String field) {
		List<FieldName> names = new ArrayList<>(3);
		names.add(new FieldName("audit.field." + field, null, null));
		Matcher numbered = NUMBERED.matcher(field);
		if (numbered.matches()) {
			names.add(new FieldName("audit.field." + numbered.group(1) + "." + numbered.group(3), new Object[] { numbered.group(2) }, null));
		}
		int dot = field.indexOf('.');
		if (dot > 0 && dot < field.length() - 1) {
			names.add(new FieldName("audit.field." + field.substring(0, dot), null, field.substring(dot + 1)));
		}
		return names;
	}

	/** A key that may name a field, with its message arguments, and the name to add in brackets if any. */
	public record FieldName(String key, Object[] arguments, String qualifier) {
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
