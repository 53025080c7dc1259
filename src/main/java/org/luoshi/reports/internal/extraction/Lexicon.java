package org.luoshi.reports.internal.extraction;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;

import com.hankcs.hanlp.HanLP;
import com.hankcs.hanlp.collection.AhoCorasick.AhoCorasickDoubleArrayTrie;
import com.hankcs.hanlp.collection.trie.bintrie.BinTrie;
import com.hankcs.hanlp.dictionary.CustomDictionary;
import com.hankcs.hanlp.dictionary.DynamicCustomDictionary;
import com.hankcs.hanlp.seg.Segment;
import org.luoshi.reports.NameSource;
import org.luoshi.reports.NameSource.KnownPlace;
import org.luoshi.reports.NameSource.KnownUnit;

/**
 * The names a reader knows (bundled gazetteer plus what callers feed): places with their division codes, units
 * with their aliases, enterprises. Known names are found with one Aho-Corasick pass per text; the same names
 * go into the HanLP segmenter's own dictionary, so that segmentation keeps them whole. Immutable once built.
 */
final class Lexicon {

	/** A name found in a text at {@code [begin, end)}; {@code value} is what it stands for. */
	record Found<V>(int begin, int end, V value) {
	}

	/** A place as found: {@code viaShortName} when the text wrote 棠下 for 棠下镇. */
	record PlaceHit(KnownPlace place, boolean viaShortName) {
	}

	private final AhoCorasickDoubleArrayTrie<PlaceHit> places;
	private final AhoCorasickDoubleArrayTrie<String> units;
	/** Each name a unit is known by (its own or an alias), with the units that answer to it. */
	private final Map<String, List<KnownUnit>> unitsByName;
	private final AhoCorasickDoubleArrayTrie<String> enterprises;
	private final Segment segmenter;
	private final Map<String, Boolean> nameCache = new ConcurrentHashMap<>();

	private static final int MAX_CACHED_NAMES = 10_000;

	private Lexicon(TreeMap<String, PlaceHit> places, TreeMap<String, String> units, Map<String, List<KnownUnit>> unitsByName,
			TreeMap<String, String> enterprises) {
		this.places = trie(places);
		this.units = trie(units);
		this.unitsByName = unitsByName;
		this.enterprises = trie(enterprises);
		DynamicCustomDictionary dictionary = new DynamicCustomDictionary(CustomDictionary.DEFAULT.dat, new BinTrie<>(),
				CustomDictionary.DEFAULT.path);
		places.forEach((name, hit) -> dictionary.insert(name, "ns 1024"));
		units.keySet().forEach(name -> dictionary.insert(name, "nt 1024"));
		enterprises.keySet().forEach(name -> dictionary.insert(name, "nt 1024"));
		this.segmenter = HanLP.newSegment()
			.enableCustomDictionary(dictionary)
			.enableNameRecognize(true)
			.enablePlaceRecognize(true)
			.enableOffset(true);
	}

	static Lexicon of(List<NameSource> sources) {
		TreeMap<String, PlaceHit> places = new TreeMap<>();
		TreeMap<String, String> units = new TreeMap<>();
		Map<String, List<KnownUnit>> unitsByName = new HashMap<>();
		TreeMap<String, String> enterprises = new TreeMap<>();
		for (NameSource source : sources) {
			for (KnownPlace place : source.places()) {
				if (usable(place.name())) {
					places.put(place.name(), new PlaceHit(place, false));
					for (String shortName : place.shortNames()) {
						if (usable(shortName) && !places.containsKey(shortName)) {
							places.put(shortName, new PlaceHit(place, true));
						}
					}
				}
			}
			for (KnownUnit unit : source.units()) {
				if (usable(unit.name())) {
					units.put(unit.name(), unit.name());
					unitsByName.computeIfAbsent(unit.name(), name -> new ArrayList<>()).add(unit);
					for (String alias : unit.aliases()) {
						if (usable(alias)) {
							units.put(alias, alias);
							unitsByName.computeIfAbsent(alias, name -> new ArrayList<>()).add(unit);
						}
					}
				}
			}
			for (String enterprise : source.enterprises()) {
				if (usable(enterprise) && enterprise.length() >= 4) {
					enterprises.put(enterprise, enterprise);
				}
			}
		}
		unitsByName.replaceAll((name, known) -> List.copyOf(known));
		return new Lexicon(places, units, unitsByName, enterprises);
	}

	private static boolean usable(String name) {
		return name != null && name.strip().length() >= 2;
	}

	private static <V> AhoCorasickDoubleArrayTrie<V> trie(TreeMap<String, V> entries) {
		if (entries.isEmpty()) {
			return null;
		}
		AhoCorasickDoubleArrayTrie<V> trie = new AhoCorasickDoubleArrayTrie<>();
		trie.build(entries);
		return trie;
	}

	List<Found<PlaceHit>> places(String text) {
		return longestFirst(text, places);
	}

	/** The known unit names in the text, each as written there (an alias stays the alias). */
	List<Found<String>> units(String text) {
		return longestFirst(text, units);
	}

	/** The known units that answer to exactly this name, by their own name or an alias; empty when none does. */
	List<KnownUnit> unitsNamed(String name) {
		return name == null ? List.of() : unitsByName.getOrDefault(name.strip(), List.of());
	}

	List<Found<String>> enterprises(String text) {
		return longestFirst(text, enterprises);
	}

	/**
	 * Whether the segmenter reads two characters before 镇 or 街道 as a name; remembered, since documents repeat
	 * their places and segmenting is the costly part of finding them.
	 */
	boolean readsAsName(String word, Predicate<String> segmenterSays) {
		Boolean known = nameCache.get(word);
		if (known == null) {
			known = segmenterSays.test(word);
			if (nameCache.size() < MAX_CACHED_NAMES) {
				nameCache.put(word, known);
			}
		}
		return known;
	}

	/** The segmenter that knows the lexicon's names. Thread-safe for concurrent {@code seg} calls. */
	Segment segmenter() {
		return segmenter;
	}

	/** All matches, leftmost-longest: where two overlap, the earlier wins, and of two at one place the longer. */
	private static <V> List<Found<V>> longestFirst(String text, AhoCorasickDoubleArrayTrie<V> trie) {
		if (trie == null || text.isEmpty()) {
			return List.of();
		}
		List<Found<V>> all = new ArrayList<>();
		trie.parseText(text, (begin, end, value) -> all.add(new Found<>(begin, end, value)));
		if (all.size() <= 1) {
			return all;
		}
		all.sort(Comparator.<Found<V>>comparingInt(Found::begin).thenComparingInt(f -> f.begin() - f.end()));
		List<Found<V>> chosen = new ArrayList<>();
		int covered = 0;
		for (Found<V> candidate : all) {
			if (candidate.begin() >= covered) {
				chosen.add(candidate);
				covered = candidate.end();
			}
		}
		return chosen;
	}
}
