package org.luoshi.reports.internal.extraction;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.luoshi.reports.DeploymentDraft.UnitMatch;
import org.luoshi.reports.NameSource;

/**
 * Units named in a sentence and who leads: known names from the lexicon, and names of the usual shape (区…局,
 * 区…委, 区…办, 区委…部, 市…局), each as the sentence writes it. "由X牵头", "X负责" lead; "X配合", "会同X"
 * co-operate; without such words the first unit named leads and the others co-operate. What a name stands for among
 * the known units is {@link #match}'s to say, apart from the text.
 */
final class Units {

	/** Characters that never stand inside a unit's short name: function words and verbs. */
	private static final String NOT_IN_NAME = "\\s，,。；;：:、“”\"'（）()《》各要的在是将把对为了着等中上下有个这那其以从向到于由被让使并或及与也都还就所之而且则即如若但我你他们加推进抓实施开展做好全地得过内外新大小高强区市县";

	private static final Pattern SHAPED = Pattern.compile(
			"(?<![城园社片景湾辖山港厂矿校聚验能心商街郊林灾疫地禁分专特战军教考选牧垦小新老])区(?![域块间别位分划内外级属直])[^" + NOT_IN_NAME
					+ "]{1,7}?(?:办公室|委员会|分局|局(?![面势])|委(?![员会部书])|办(?![公理法事好学])|中心(?![城区镇]))"
					+ "|[区市县]委[^" + NOT_IN_NAME + "]{2,3}部"
					+ "|(?<![城超都股夜楼上街集门])市(?![场民区域级属直长委])[^" + NOT_IN_NAME + "]{1,7}?(?:分局|局(?![面势])|委员会|办公室|办(?![公理法事好学]))");

	private static final Pattern LEAD_AFTER = Pattern.compile("^\\s*(?:要|将|需|应)?\\s*(?:牵头|负责|主责|为主|主抓|抓总)");
	private static final Pattern RESPONSIBLE_AFTER = Pattern.compile("^\\s*(?:要|将|需|应)?\\s*负责");
	private static final Pattern CO_AFTER = Pattern.compile("^\\s*(?:要|将|需|应)?\\s*(?:积极|主动|全力)?\\s*(?:配合|协助|协同|参与|协办|共同|按职责分工)");
	private static final Pattern LEAD_BEFORE = Pattern.compile("由\\s*$");
	private static final Pattern CO_BEFORE = Pattern.compile("(会同|协同|配合|联合|协调|指导|督促)\\s*$");
	private static final Pattern RECIPIENT_BEFORE = Pattern.compile("(报送|报|送|送交|提交|抄送|抄报|反映|径向|向)\\s*$");
	private static final Pattern LIST_GLUE = Pattern.compile("(?:[、，,和及与\\s]|以及){1,2}");

	/** Units of a sentence by role; a unit is never both. */
	record Roles(List<String> leads, List<String> cos) {

		static final Roles NONE = new Roles(List.of(), List.of());

		boolean isEmpty() {
			return leads.isEmpty() && cos.isEmpty();
		}
	}

	private Units() {
	}

	/** Every unit named, in order of appearance, as written. */
	static List<Lexicon.Found<String>> find(String text, Lexicon lexicon) {
		List<Lexicon.Found<String>> found = new ArrayList<>(lexicon.units(text));
		boolean[] known = new boolean[text.length()];
		for (Lexicon.Found<String> unit : found) {
			for (int k = unit.begin(); k < unit.end(); k++) {
				known[k] = true;
			}
		}
		Matcher m = SHAPED.matcher(text);
		while (m.find()) {
			if (!known[m.start()] && !known[m.end() - 1]) {
				found.add(new Lexicon.Found<>(m.start(), m.end(), m.group()));
			}
		}
		found.sort((a, b) -> Integer.compare(a.begin(), b.begin()));
		return found;
	}

	static Roles inSentence(String text, Lexicon lexicon) {
		List<Lexicon.Found<String>> found = find(text, lexicon);
		if (found.isEmpty()) {
			return Roles.NONE;
		}
		List<List<Lexicon.Found<String>>> lists = new ArrayList<>();
		for (Lexicon.Found<String> unit : found) {
			if (RECIPIENT_BEFORE.matcher(text.substring(Math.max(0, unit.begin() - 4), unit.begin())).find()) {
				// "报送区发改局": where reports go, not who does the work
				continue;
			}
			List<Lexicon.Found<String>> last = lists.isEmpty() ? null : lists.get(lists.size() - 1);
			if (last != null && glued(text, last.get(last.size() - 1).end(), unit.begin())) {
				last.add(unit);
			}
			else {
				List<Lexicon.Found<String>> list = new ArrayList<>();
				list.add(unit);
				lists.add(list);
			}
		}
		Set<String> leads = new LinkedHashSet<>();
		Set<String> cos = new LinkedHashSet<>();
		List<List<Lexicon.Found<String>>> unassigned = new ArrayList<>();
		for (List<Lexicon.Found<String>> list : lists) {
			String before = text.substring(Math.max(0, list.get(0).begin() - 4), list.get(0).begin());
			String after = text.substring(list.get(list.size() - 1).end(), Math.min(text.length(), list.get(list.size() - 1).end() + 6));
			if (CO_AFTER.matcher(after).find() || CO_BEFORE.matcher(before).find()) {
				list.forEach(u -> cos.add(u.value()));
			}
			else if (RESPONSIBLE_AFTER.matcher(after).find() && list.size() > 1) {
				// "区财政局、区发改局负责": all are responsible, the first named leads
				leads.add(list.get(0).value());
				list.stream().skip(1).forEach(u -> cos.add(u.value()));
			}
			else if (LEAD_AFTER.matcher(after).find() || LEAD_BEFORE.matcher(before).find()) {
				list.forEach(u -> leads.add(u.value()));
			}
			else {
				unassigned.add(list);
			}
		}
		for (List<Lexicon.Found<String>> list : unassigned) {
			if (leads.isEmpty()) {
				leads.add(list.get(0).value());
				list.stream().skip(1).forEach(u -> cos.add(u.value()));
			}
			else {
				list.forEach(u -> cos.add(u.value()));
			}
		}
		cos.removeAll(leads);
		return new Roles(List.copyOf(leads), List.copyOf(cos));
	}

	/**
	 * What a unit's name, as written, stands for among the units the reader knows (the bundled names and those its
	 * caller fed): the unit whose name or alias it is (区发展改革局 → 区发改局), several when names of different units
	 * answer to it, none when no known unit does. A town or subdistrict of the gazetteer named in full (荷塘镇) is its
	 * government, a unit. The reader knows no unit ids; the web application matches the names again against the
	 * organization.
	 */
	static UnitMatch match(String written, UnitMatch.Role role, Lexicon lexicon) {
		List<String> names = lexicon.unitsNamed(written).stream().map(NameSource.KnownUnit::name).distinct().toList();
		if (names.isEmpty() && isTownOrSubdistrict(written, lexicon)) {
			names = List.of(written);
		}
		return switch (names.size()) {
			case 0 -> UnitMatch.unknown(written, role);
			case 1 -> UnitMatch.unique(written, role, null, names.get(0));
			default -> UnitMatch.ambiguous(written, role, names);
		};
	}

	private static boolean isTownOrSubdistrict(String name, Lexicon lexicon) {
		List<Lexicon.Found<Lexicon.PlaceHit>> places = lexicon.places(name);
		return places.size() == 1 && places.get(0).begin() == 0 && places.get(0).end() == name.length()
				&& !places.get(0).value().viaShortName() && (name.endsWith("镇") || name.endsWith("街道"));
	}

	private static boolean glued(String text, int from, int to) {
		return to >= from && to - from <= 2 && (to == from || LIST_GLUE.matcher(text.substring(from, to)).matches());
	}
}
