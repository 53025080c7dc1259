package org.luoshi.reports.internal.extraction;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Remembers texts and tells whether a new one repeats an earlier one: exactly (same comparison key) or nearly
 * (Jaccard similarity of character bigrams at least {@link #NEAR_SIMILARITY}, and the same numbers — two texts
 * whose numbers differ are never repeats). Near candidates come from MinHash bands, so each lookup costs about
 * the same however many texts are remembered.
 */
final class RepeatIndex {

	static final double NEAR_SIMILARITY = 0.9;

	/** 4 bands of 3: a pair with similarity 0.9 shares a band with probability 0.995. */
	private static final int HASHES = 12;
	private static final int ROWS_PER_BAND = 3;
	private static final int MAX_CANDIDATES_PER_BAND = 64;
	private static final int[] SEEDS_A = new int[HASHES];
	private static final int[] SEEDS_B = new int[HASHES];

	static {
		Random random = new Random(20240110L);
		for (int i = 0; i < HASHES; i++) {
			SEEDS_A[i] = random.nextInt() | 1;
			SEEDS_B[i] = random.nextInt();
		}
	}

	private final int minNearLength;
	private final Map<String, Integer> byKey = new HashMap<>();
	private final Map<Long, List<Integer>> bands = new HashMap<>();
	private final List<int[]> shingles = new ArrayList<>();
	private final List<String> digits = new ArrayList<>();

	/** @param minNearLength keys shorter than this only repeat exactly */
	RepeatIndex(int minNearLength) {
		this.minNearLength = minNearLength;
	}

	/** The comparison key of a text: without its ordinal, punctuation and spaces. */
	static String key(String text) {
		return Chars.wordsOnly(Markers.strip(text.strip()));
	}

	/** The id of the earlier text this one repeats, or -1 after remembering it under a new id. */
	int repeatOrAdd(String key) {
		Integer exact = byKey.get(key);
		if (exact != null) {
			return exact;
		}
		int[] set = null;
		long[] bandKeys = null;
		String numbers = numbers(key);
		if (key.length() >= minNearLength) {
			set = shingles(key);
			bandKeys = bandKeys(set);
			for (long band : bandKeys) {
				for (int candidate : bands.getOrDefault(band, List.of())) {
					if (numbers.equals(digits.get(candidate)) && similarity(set, shingles.get(candidate)) >= NEAR_SIMILARITY) {
						return candidate;
					}
				}
			}
		}
		int id = shingles.size();
		shingles.add(set);
		digits.add(numbers);
		byKey.put(key, id);
		if (bandKeys != null) {
			for (long band : bandKeys) {
				List<Integer> ids = bands.computeIfAbsent(band, b -> new ArrayList<>());
				if (ids.size() < MAX_CANDIDATES_PER_BAND) {
					ids.add(id);
				}
			}
		}
		return -1;
	}

	private static String numbers(String text) {
		StringBuilder out = new StringBuilder();
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '0' && c <= '9' || ChineseNumbers.isNumeral(c)) {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** The distinct character bigrams of a text, hashed and sorted. */
	static int[] shingles(String key) {
		int[] hashes = new int[Math.max(0, key.length() - 1)];
		for (int i = 0; i + 1 < key.length(); i++) {
			hashes[i] = key.charAt(i) * 0x9E3779B1 + key.charAt(i + 1);
		}
		return Arrays.stream(hashes).sorted().distinct().toArray();
	}

	/** Jaccard similarity of two sorted sets. */
	static double similarity(int[] a, int[] b) {
		if (a == null || b == null || a.length == 0 || b.length == 0) {
			return 0;
		}
		int i = 0;
		int j = 0;
		int common = 0;
		while (i < a.length && j < b.length) {
			if (a[i] == b[j]) {
				common++;
				i++;
				j++;
			}
			else if (a[i] < b[j]) {
				i++;
			}
			else {
				j++;
			}
		}
		return (double) common / (a.length + b.length - common);
	}

	private static long[] bandKeys(int[] set) {
		int[] minimums = new int[HASHES];
		Arrays.fill(minimums, Integer.MAX_VALUE);
		for (int shingle : set) {
			for (int h = 0; h < HASHES; h++) {
				int value = mix(shingle * SEEDS_A[h] + SEEDS_B[h]);
				if (value < minimums[h]) {
					minimums[h] = value;
				}
			}
		}
		long[] keys = new long[HASHES / ROWS_PER_BAND];
		for (int band = 0; band < keys.length; band++) {
			long key = band;
			for (int row = 0; row < ROWS_PER_BAND; row++) {
				key = key * 1_000_003L + minimums[band * ROWS_PER_BAND + row];
			}
			keys[band] = key;
		}
		return keys;
	}

	private static int mix(int x) {
		x ^= x >>> 16;
		x *= 0x85EBCA6B;
		x ^= x >>> 13;
		return x;
	}
}
