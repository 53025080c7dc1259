package org.luoshi.notification.internal;

import java.util.List;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * Renders a notification's message key with its arguments in a language. A key that no bundle holds (its module was
 * removed, the key renamed) still shows its arguments rather than failing the page.
 */
@Component
public class NotificationTexts {

	/** E-mail goes out in the platform's first language: the recipient's choice of language lives in their browser. */
	static final Locale MAIL_LOCALE = Locale.SIMPLIFIED_CHINESE;

	private final MessageSource messages;

	NotificationTexts(MessageSource messages) {
		this.messages = messages;
	}

	public String message(InboxItem item, Locale locale) {
		return render(item.messageKey(), item.arguments(), locale);
	}

	String render(String messageKey, List<String> arguments, Locale locale) {
		String fallback = arguments.isEmpty() ? messageKey : String.join(" · ", arguments);
		return messages.getMessage(messageKey, arguments.toArray(), fallback, locale);
	}

	String text(String messageKey, Locale locale, Object... arguments) {
		return messages.getMessage(messageKey, arguments, locale);
	}
}
