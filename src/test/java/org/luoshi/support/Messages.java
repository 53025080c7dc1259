package org.luoshi.support;

import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.stereotype.Component;

/**
 * The application's own message bundles, for assertions: a test names the message it expects by its key, so it
 * survives a translator rewording the sentence. A key missing from the bundles fails the test.
 * Chinese and English are resolved with the locales the application narrows every request to.
 */
@Component
public final class Messages {

	private final MessageSource source;

	public Messages(MessageSource source) {
		this.source = source;
	}

	/** For tests without the application context: the bundles named, read as the application reads them. */
	public static Messages fromBundles(String... basenames) {
		ResourceBundleMessageSource bundles = new ResourceBundleMessageSource();
		bundles.setBasenames(basenames);
		bundles.setDefaultEncoding("UTF-8");
		bundles.setFallbackToSystemLocale(false);
		return new Messages(bundles);
	}

	public String zh(String key, Object... arguments) {
		return in(Locale.SIMPLIFIED_CHINESE, key, arguments);
	}

	public String en(String key, Object... arguments) {
		return in(Locale.ENGLISH, key, arguments);
	}

	private String in(Locale locale, String key, Object... arguments) {
		return source.getMessage(key, arguments.length == 0 ? null : arguments, locale);
	}
}
