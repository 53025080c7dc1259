package org.luoshi.reports.internal.extraction;

/** Character classes the pipeline keeps asking about. */
final class Chars {

	private Chars() {
	}

	static boolean isHan(char c) {
		return c >= '\u4E00' && c <= '\u9FFF' || c >= '\u3400' && c <= '\u4DBF' || c == '〇';
	}

	/** Letters, digits and Han characters: what a comparison of two texts should look at. */
	static boolean isWordChar(char c) {
		return isHan(c) || Character.isLetterOrDigit(c);
	}

	/** The text with only its word characters: punctuation, spaces and quotes do not make two texts differ. */
	static String wordsOnly(CharSequence text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (isWordChar(c)) {
				out.append(c);
			}
		}
		return out.toString();
	}
}
