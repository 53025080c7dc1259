package org.luoshi.search.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.locks.ReadWriteLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import com.hankcs.hanlp.seg.common.Term;

import org.springframework.stereotype.Component;

/**
 * Cuts Chinese text into the words that the index stores and a query looks for.
 *
 * <p>HanLP's index mode gives every word together with the dictionary words inside it (棠下镇 → 棠下镇, 棠下), so
 * that a shorter query finds the longer word. Both the documents and the queries go through the same cut, so
 * they agree on the words. Text is normalized first (NFKC: full-width letters and digits become ASCII; lower
 * case), punctuation is dropped, and a word keeps only its letters and digits — which also means that no query
 * can carry tsquery syntax.
 *
 * <p>HanLP's dictionary is global to the JVM; words are added under a write lock so that no cut reads a
 * half-updated dictionary.
 */
@Component
final class Segmenter {

	/** Query words beyond this many add nothing but cost: a query is at most 100 characters anyway. */
	static final int MAX_QUERY_TERMS = 16;

	private static final String CUSTOM_NATURE = "nz 1024";
	private static final List<String> PLACE_SUFFIXES = List.of("街道办事处", "人民政府", "办事处", "街道", "镇", "乡", "区", "市", "县");

	private final Segment segment = HanLP.newSegment().enableIndexMode(true);
	private final ReadWriteLock lock = new ReentrantReadWriteLock();

	/** The words of a text in order, with the shorter words inside each longer one right after it. */
	List<String> tokens(String text) {
		if (text == null || text.isBlank()) {
			return List.of();
		}
		List<Term> terms;
		lock.readLock().lock();
		try {
			terms = segment.seg(normalize(text));
		}
		finally {
			lock.readLock().unlock();
		}
		List<String> tokens = new ArrayList<>(terms.size());
		for (Term term : terms) {
			if (term.nature == null || !term.nature.startsWith("w")) {
				splitIntoWords(term.word, tokens);
			}
		}
		return tokens;
	}

	/**
	 * The distinct words a query must all match. A single Chinese character next to longer words is dropped: it is
	 * mostly a particle or a suffix (的, 局) that the documents' own cut may have joined to a neighbour.
	 */
	List<String> queryTerms(String query) {
		Set<String> distinct = new LinkedHashSet<>(tokens(query));
		boolean hasLongerWord = distinct.stream().anyMatch(word -> word.codePointCount(0, word.length()) > 1 || !isCjk(word));
		List<String> terms = new ArrayList<>();
		for (String word : distinct) {
			if (hasLongerWord && word.codePointCount(0, word.length()) == 1 && isCjk(word)) {
				continue;
			}
			terms.add(word);
			if (terms.size() == MAX_QUERY_TERMS) {
				break;
			}
		}
		return terms;
	}

	/**
	 * Teaches HanLP local names (units, towns, divisions) so that 杜阮镇 stays one word; a place name is also
	 * learnt without its suffix (杜阮镇 → 杜阮, 白沙街道 → 白沙) so that people can leave it off.
	 */
	void learn(Collection<String> names) {
		Set<String> words = new LinkedHashSet<>();
		for (String name : names) {
			if (name == null || name.isBlank()) {
				continue;
			}
			String word = normalize(name).strip();
			if (word.length() < 2 || word.chars().anyMatch(Character::isWhitespace)) {
				continue;
			}
			words.add(word);
			for (String suffix : PLACE_SUFFIXES) {
				if (word.endsWith(suffix) && word.length() - suffix.length() >= 2) {
					words.add(word.substring(0, word.length() - suffix.length()));
					break;
				}
			}
		}
		lock.writeLock().lock();
		try {
			words.forEach(word -> CustomDictionary.add(word, CUSTOM_NATURE));
		}
		finally {
			lock.writeLock().unlock();
		}
	}

	static String normalize(String text) {
		return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
	}

	/** "1.5" or "0750-3201234" become their runs of letters and digits, which PostgreSQL's parser keeps whole. */
	private static void splitIntoWords(String word, List<String> into) {
		int start = -1;
		int i = 0;
		while (i <= word.length()) {
			int codePoint = i < word.length() ? word.codePointAt(i) : -1;
			boolean wordChar = codePoint >= 0 && Character.isLetterOrDigit(codePoint);
			if (wordChar && start < 0) {
				start = i;
			}
			else if (!wordChar && start >= 0) {
				into.add(word.substring(start, i));
				start = -1;
			}
			i += codePoint >= 0 ? Character.charCount(codePoint) : 1;
		}
	}

	static boolean isCjk(String word) {
		return word.codePoints().allMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN);
	}
}
