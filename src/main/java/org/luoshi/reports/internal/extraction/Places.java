package org.luoshi.reports.internal.extraction;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.hankcs.hanlp.seg.common.Term;
import org.luoshi.reports.NameSource.KnownPlace;

/**
 * Places in a text: names of the lexicon (棠下镇, and 棠下 where a short name is known), and names of the shape
 * "XX镇" / "XX街道" that the lexicon does not know, for a reviewer to check. A word before 镇 that the
 * segmenter reads as a number, measure, verb or adjective (千强镇, 百亿元镇) or that names a kind of town
 * (中心镇, 特色镇) is no place.
 */
final class Places {

	/** Places found: known ones as the gazetteer has them, unknown ones as written. */
	record Found(List<KnownPlace> known, List<String> unknown) {
	}

	private static final Set<String> NOT_A_NAME = Set.of("中心", "千强", "百强", "重点", "特色", "专业", "示范", "城乡", "小城", "全国",
			"全省", "全市", "全区", "亿元", "万元", "文明", "卫生", "美丽", "历史", "文化", "旅游", "生态", "园林", "经济", "工业", "农业",
			"商贸", "各个", "所在", "乡镇", "建制", "城关", "所辖", "下辖", "辖区", "周边", "其他", "其余", "相关", "有关", "多个", "部分",
			"所有", "个别", "城市", "主干", "背街", "农村", "城镇", "社区", "典型", "先进", "试点", "省级", "市级", "区级", "宜居", "幸福",
			"和美", "产业", "制造", "工贸", "山区", "沿海", "边远", "偏远", "强镇", "名镇", "古镇", "小镇", "新镇", "集镇", "村镇", "街镇",
			"每个", "这个", "一个", "两个", "各镇", "该镇", "本镇", "全镇", "街巷", "乡村", "老旧", "主要", "城区", "市区", "镇区", "商业");

	private static final String NOT_BEFORE_SUFFIX = "各全本该每个等其此这那有的和与及、，,";

	/** Words ending in 镇 that name a kind of town, not a town: 乡镇, 城镇, 强镇 … */
	private static final Set<String> KINDS_OF_TOWN = Set.of("乡镇", "城镇", "村镇", "集镇", "市镇", "重镇", "强镇", "名镇", "古镇", "小镇",
			"新镇", "两镇", "三镇", "心镇", "色镇", "点镇", "业镇", "范镇");

	private Places() {
	}

	static Found find(String text, Lexicon lexicon) {
		Set<KnownPlace> known = new LinkedHashSet<>();
		List<Lexicon.Found<Lexicon.PlaceHit>> hits = lexicon.places(text);
		// 江门市 in "江门市某某电器有限公司" names the enterprise (or the unit), not a place of the task
		int[] longestName = new int[text.length()];
		for (List<Lexicon.Found<String>> names : List.of(lexicon.enterprises(text), lexicon.units(text))) {
			for (Lexicon.Found<String> name : names) {
				for (int k = name.begin(); k < name.end(); k++) {
					longestName[k] = Math.max(longestName[k], name.end() - name.begin());
				}
			}
		}
		boolean[] coveredByPlace = new boolean[text.length()];
		for (Lexicon.Found<Lexicon.PlaceHit> hit : hits) {
			int length = hit.end() - hit.begin();
			for (int k = hit.begin(); k < hit.end(); k++) {
				coveredByPlace[k] = true;
			}
			if (longestName[hit.begin()] <= length || longestName[hit.end() - 1] <= length) {
				known.add(hit.value().place());
			}
		}
		Set<String> unknown = new LinkedHashSet<>();
		for (int i = 2; i < text.length(); i++) {
			char c = text.charAt(i);
			int suffix = c == '镇' ? 1 : c == '街' && text.startsWith("街道", i) ? 2 : 0;
			if (suffix == 0) {
				continue;
			}
			int begin = i - 2;
			int end = i + suffix;
			if (coveredByPlace[begin] || coveredByPlace[end - 1] || NOT_BEFORE_SUFFIX.indexOf(text.charAt(i - 1)) >= 0
					|| c == '镇' && KINDS_OF_TOWN.contains(text.substring(i - 1, i + 1))) {
				continue;
			}
			String prefix = text.substring(begin, i);
			if (!Chars.isHan(prefix.charAt(0)) || !Chars.isHan(prefix.charAt(1)) || NOT_A_NAME.contains(prefix)
					|| i + suffix < text.length() && c == '镇' && "域街村级区委长政府党".indexOf(text.charAt(i + suffix)) >= 0) {
				continue;
			}
			if (lexicon.readsAsName(prefix, word -> looksLikeName(word, lexicon))) {
				unknown.add(text.substring(begin, end));
			}
		}
		return new Found(List.copyOf(known), List.copyOf(unknown));
	}

	/** Whether the segmenter reads the two characters as one noun (a name), not as numbers, verbs or words. */
	private static boolean looksLikeName(String prefix, Lexicon lexicon) {
		List<Term> terms = lexicon.segmenter().seg(prefix);
		if (terms.size() != 1 || terms.get(0).nature == null) {
			return false;
		}
		String nature = terms.get(0).nature.toString();
		return nature.startsWith("n") && !nature.equals("nx") || nature.equals("j") || nature.equals("g");
	}
}
