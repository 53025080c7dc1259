package org.luoshi.reports.internal.extraction;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.luoshi.reports.DeploymentDraft.Comparison;
import org.luoshi.reports.DeploymentDraft.Kind;
import org.luoshi.reports.DeploymentDraft.Target;

/**
 * Quantitative targets in a sentence: a number (Arabic or Chinese: 6.5, 千, 一千二百) with its unit as written
 * (a magnitude 万/亿 stays in the unit, so 千亿 is 1000 亿元 and 超百亿元 is more than 100 亿元), what it
 * measures, whether it is a level or a growth rate, how it is to be met (超 &gt;, 以上 &gt;=, 左右 ~, 以内 &lt;=,
 * 力争 &gt;= …) and by when. Numbers inside quotation marks are names ("万亩千亿"), not targets; ordinals, years,
 * dates and counts of meetings are not targets either.
 */
final class Targets {

	/** Units, longest first so that 亿元 wins over 亿 and 个百分点 over 个. */
	private static final String UNITS = "万亿元|亿美元|万美元|亿元|万元|千元|美元|元|个百分点|百分点|%|‰|平方公里|平方千米|万平方米|平方米|公顷|万亩|亩|"
			+ "公里|千米|万吨|吨|万千瓦时|千瓦时|万千瓦|千瓦|兆瓦|万标箱|标箱|万人次|人次|万户|户|万人|人|名|个工作日|工作日|天|个|家|项|宗|件|座|所|套|条|台|辆|艘|场次|场|次|"
			+ "棵|株|栋|幢|间|张|份|篇|部|支|处|片|倍|床|所";

	private static final Pattern NUMBER = Pattern.compile("(?<![A-Za-z0-9.．第·])(?:百分之(?<percent>\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百]+)"
			+ "|(?<number>\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?|[零〇一二两三四五六七八九十百千]+)(?<more>多|余)?(?<magnitude>万亿|亿|万)?(?<more2>多|余)?(?<unit>" + UNITS
			+ ")?)");

	/** After a one-character unit, characters that make it part of a word (个人, 家庭, 名单 …), so not a unit. */
	private static final Map<String, String> NOT_AFTER = Map.ofEntries(Map.entry("个", "人体别性案"),
			Map.entry("家", "庭园乡属长门"), Map.entry("名", "单称义片牌额录"), Map.entry("人", "民大们才口员物文力工群士"),
			Map.entry("位", "于置居次"), Map.entry("场", "所景地馆面域"), Map.entry("条", "件例款"), Map.entry("部", "门分署"),
			Map.entry("台", "阶风账"), Map.entry("处", "理置罚"), Map.entry("片", "区"), Map.entry("项", "目"),
			Map.entry("所", "有在以属"), Map.entry("次", "会全"), Map.entry("件", "事"), Map.entry("张", "力"),
			Map.entry("户", "口籍型"), Map.entry("支", "持撑部出付柱"), Map.entry("间", "接隔"), Map.entry("份", "额子"),
			Map.entry("套", "餐"), Map.entry("座", "谈"), Map.entry("元", "素旦宵"), Map.entry("倍", "增"), Map.entry("床", "位"));

	/** Units a Chinese numeral may carry; 十届六次 and 一批 are not targets. */
	private static final Pattern STRONG_UNIT = Pattern.compile("万亿元|亿美元|万美元|亿元|万元|千元|美元|元|个百分点|百分点|%|平方公里|万平方米|平方米|公顷|万亩|亩|公里|万吨|吨|个|家|项|座|所|条|万人|人|户|名|栋|宗|件");

	/** What joins the figures of a list or a range: "800亿元、500亿元", "5.5%和7%", "5%～6%", "5%至6%". */
	private static final Pattern LIST_OR_RANGE = Pattern.compile("(?:、|和|及|～|~|-|—|－|至|到)$");
	private static final Pattern QUALIFIER = Pattern.compile(
			"(以上|以下)?的?[\\u4e00-\\u9fa5]{0,6}?(项目|企业|工程|集群|园区|平台|基地)(不少于|不低于|超过|达到|达)?\\d");

	private static final String GROWTH_WORDS = "(年均增长|同比增长|增长|增速|增幅|提高|提升|上升|下降|降低|减少|回落|增加)";
	private static final Pattern GROWTH_BEFORE = Pattern.compile(GROWTH_WORDS + "[^，,；;。0-9]{0,6}$");
	private static final Pattern DECLINE = Pattern.compile("(下降|降低|减少|回落)[^，,；;。0-9]{0,6}$");

	private static final Pattern MORE_BEFORE = Pattern.compile("(?<!不)(超过|超出|超|突破|逾|高于|大于|多于)\\s*$");
	private static final Pattern NOT_BELOW_BEFORE = Pattern.compile("(不低于|不少于|不小于|至少)[\\u4e00-\\u9fa5]{0,3}\\s*$");
	/** "比例提高到40%", "降至5%以内": a level to reach, not a rate of growth. */
	private static final Pattern LEVEL_TO_REACH = Pattern.compile("(提高|提升|增加|增长|降低|下降|减少|压减|压缩|控制|稳定|保持)(到|至|在)\\s*$");
	/** "3—5个": the lower bound of a range, just before the number. */
	private static final Pattern RANGE_FROM = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(?:—|－|-|～|~|至|到)\\s*$");
	/** "再压减一半": half, as a decline. */
	private static final Pattern HALF = Pattern.compile("(压减|减少|降低|下降|缩减|减)一半");
	private static final Pattern AT_LEAST_BEFORE = Pattern.compile("(达|达到)\\s*$");
	private static final Pattern ABOUT_BEFORE = Pattern.compile("(约|近|大约|接近)\\s*$");
	private static final Pattern AT_MOST_BEFORE = Pattern.compile("(不超过|不高于|不多于|控制在|以内|最多)\\s*$");
	private static final Pattern LESS_BEFORE = Pattern.compile("(低于|少于|不足|小于)\\s*$");
	private static final Pattern ASPIRATION = Pattern.compile("力争|确保|争取|冲刺|力求|努力|目标|预期|实现|完成|达到|迈上|跨越|跻身");

	/** Money measures: a bare 亿 or 万 after them is 亿元 or 万元 (千亿GDP is 1000 亿元). */
	private static final Pattern MONEY = Pattern.compile("GDP|生产总值|产值|收入|投资|营收|营业收入|税收|总额|销售额|零售额|规模|增加值|进出口|出口|进口|利用外资|招商引资|财政|资金|融资|贷款|存款|经济总量|产业集群|集群|交易额|成交额|消费");

	/** Measures documents name; the nearest before a number is what it measures. */
	private static final Pattern INDICATOR = Pattern.compile("地区生产总值|GDP|规模以上工业增加值|规上工业增加值|工业增加值|规上工业总产值|工业总产值|总产值|"
			+ "固定资产投资|工业投资|技改投资|房地产开发投资|民间投资|社会消费品零售总额|社零总额|一般公共预算收入|税收收入|财政收入|外贸进出口总额|"
			+ "外贸进出口|进出口总额|出口总额|实际利用外资|招商引资|城镇居民人均可支配收入|农村居民人均可支配收入|居民人均可支配收入|研发投入|R&D经费|"
			+ "国家高新技术企业|高新技术企业|规上工业企业|规模以上工业企业|专精特新企业|专精特新|科技型中小企业|上市企业|产业用地|工业用地|城镇新增就业|新增就业|"
			+ "城镇登记失业率|调查失业率|单位GDP能耗|空气质量优良率|森林覆盖率|营业收入|营收|产值|税收|投资额|总投资|年度投资|完成投资");

	private static final Pattern LEADING_WORDS = Pattern.compile("^(底前|前|在|全区|全市|全镇|全县|至少|不少于|再|力争|确保|争取|全力|努力|推动|推进|实现|完成|达到|新增|累计|培育|引进|建成|打造|建设|新建|改造|开工|竣工|招引|签约|全年|今年|年内|年底前|年底|到|至|使|让|把|将|要|计划|预计|目标|其中|以上|新培育|新认定|认定|新引进|带动|形成|促进|保持|稳定|提高|提升)+");
	private static final Pattern TRAILING_WORDS = Pattern.compile("(再|提高到|提升到|提高至|提升至|降低到|降低至|下降到|降至|降到|压减至|压减到|压缩至|控制到|达到|达|超过|超|突破|增长|增速|增幅|提高|提升|下降|降低|减少|为|至|在|保持|控制在|稳定在|约|近|不低于|不少于|以上|分别|同比|比上年|年均)+$");

	static final int MAX_CLAUSE_SIDE = 60;

	private Targets() {
	}

	/**
	 * The targets of a text. {@code year} resolves 今年 and dates without a year; {@code fallbackDeadline} is the
	 * task's deadline for a target whose own clause names none.
	 */
	static List<Target> find(String text, Dates.Years years, LocalDate fallbackDeadline) {
		String masked = maskQuotes(text);
		List<Target> targets = new ArrayList<>();
		Matcher m = NUMBER.matcher(masked);
		while (m.find()) {
			Target target = target(text, masked, m, years, fallbackDeadline, targets.isEmpty() ? null : targets.get(targets.size() - 1));
			if (target != null) {
				targets.add(target);
			}
		}
		if (masked.indexOf('半') >= 0) {
			Matcher half = HALF.matcher(masked);
			while (half.find()) {
				int[] clause = clause(masked, half.start());
				String clauseText = text.substring(clause[0], clause[1]).strip();
				LocalDate deadline = Dates.deadline(clauseText, years);
				targets.add(new Target(clauseText, indicator(masked.substring(clause[0], half.start()), ""), Kind.GROWTH,
						BigDecimal.valueOf(-50), "%", Comparison.AT_MOST, deadline != null ? deadline : fallbackDeadline));
			}
		}
		return targets;
	}

	/**
	 * One target at the number {@code m} found; {@code previous} is the one before it, whose comparison and kind
	 * a list continues ("分别突破800亿元、500亿元").
	 */
	private static Target target(String text, String masked, Matcher m, Dates.Years years, LocalDate fallbackDeadline,
			Target previous) {
		boolean percent = m.group("percent") != null;
		String number = percent ? m.group("percent") : m.group("number");
		boolean chinese = !Character.isDigit(number.charAt(0));
		String magnitude = m.group("magnitude") == null ? "" : m.group("magnitude");
		String unit = percent ? "%" : m.group("unit");
		boolean approximate = m.group("more") != null || m.group("more2") != null;
		if (unit == null && magnitude.isEmpty()) {
			return null;
		}
		int unitEnd = m.end();
		if (unit != null && unit.length() == 1 && unitEnd < masked.length()) {
			String forbidden = NOT_AFTER.get(unit);
			if (forbidden != null && forbidden.indexOf(masked.charAt(unitEnd)) >= 0) {
				unit = null;
				unitEnd = m.end("unit") - 1;
			}
		}
		int[] clause = clause(masked, m.start());
		String before = masked.substring(clause[0], m.start());
		BigDecimal rangeFrom = null;
		Matcher range = RANGE_FROM.matcher(before);
		if (!percent && range.find()) {
			rangeFrom = new BigDecimal(range.group(1));
			before = before.substring(0, range.start());
		}
		String after = masked.substring(Math.min(unitEnd, clause[1]), clause[1]);
		if (QUALIFIER.matcher(after).lookingAt()) {
			// "超10亿元项目8个": the first figure says which projects count, the second is the target
			return null;
		}
		if (unit == null) {
			if (magnitude.isEmpty()) {
				return null;
			}
			boolean money = MONEY.matcher(before).find() || MONEY.matcher(after.substring(0, Math.min(8, after.length()))).find();
			if (!money) {
				// a bare 万 or 亿 measures nothing the text names ("一万二千多字")
				return null;
			}
			unit = magnitude + "元";
		}
		else {
			unit = magnitude + unit;
		}
		if (chinese && !STRONG_UNIT.matcher(unit.substring(magnitude.length())).matches() && magnitude.isEmpty()) {
			return null;
		}
		BigDecimal value = value(number);
		if (value == null || chinese && magnitude.isEmpty() && value.compareTo(BigDecimal.valueOf(2)) < 0) {
			return null;
		}
		if (chinese && magnitude.isEmpty() && unit.equals("个") && value.compareTo(BigDecimal.TEN) < 0) {
			// "两个确立", "三个务必", "两个产业集群": counted words, not targets
			return null;
		}
		boolean rate = unit.endsWith("%") || unit.endsWith("百分点") || unit.endsWith("‰");
		String clauseText = text.substring(clause[0], clause[1]).strip();
		boolean listed = previous != null && previous.text().equals(clauseText) && LIST_OR_RANGE.matcher(before).find();
		Kind kind = rate && !LEVEL_TO_REACH.matcher(before).find()
				&& (GROWTH_BEFORE.matcher(before).find() || listed && previous.kind() == Kind.GROWTH) ? Kind.GROWTH : Kind.LEVEL;
		if (kind == Kind.GROWTH && (DECLINE.matcher(before).find() || listed && previous.value().signum() < 0)) {
			value = value.negate();
		}
		Comparison comparison = comparison(before, after, approximate, kind == Kind.GROWTH && value.signum() < 0);
		if (listed && comparison == Comparison.EXACTLY) {
			comparison = previous.comparator();
		}
		LocalDate deadline = Dates.deadline(clauseText, years);
		if (rangeFrom != null && rangeFrom.compareTo(value) < 0) {
			return new Target(clauseText, indicator(before, after), kind, rangeFrom, unit, Comparison.AT_LEAST,
					deadline != null ? deadline : fallbackDeadline, value);
		}
		return new Target(clauseText, indicator(before, after), kind, value, unit, comparison,
				deadline != null ? deadline : fallbackDeadline);
	}

	private static Comparison comparison(String before, String after, boolean approximate, boolean decline) {
		String tail = after.length() > 4 ? after.substring(0, 4) : after;
		Comparison found;
		if (tail.startsWith("以上")) {
			found = MORE_BEFORE.matcher(before).find() ? Comparison.MORE_THAN : Comparison.AT_LEAST;
		}
		else if (tail.startsWith("左右")) {
			found = Comparison.ABOUT;
		}
		else if (tail.startsWith("以内") || tail.startsWith("以下") || tail.startsWith("内")) {
			found = Comparison.AT_MOST;
		}
		else if (NOT_BELOW_BEFORE.matcher(before).find()) {
			found = Comparison.AT_LEAST;
		}
		else if (MORE_BEFORE.matcher(before).find()) {
			found = Comparison.MORE_THAN;
		}
		else if (AT_MOST_BEFORE.matcher(before).find()) {
			found = Comparison.AT_MOST;
		}
		else if (LESS_BEFORE.matcher(before).find()) {
			found = Comparison.LESS_THAN;
		}
		else if (ABOUT_BEFORE.matcher(before).find()) {
			found = Comparison.ABOUT;
		}
		else if (AT_LEAST_BEFORE.matcher(before).find()) {
			found = Comparison.AT_LEAST;
		}
		else if (approximate) {
			found = Comparison.MORE_THAN;
		}
		else if (ASPIRATION.matcher(before).find()) {
			found = Comparison.AT_LEAST;
		}
		else {
			found = Comparison.EXACTLY;
		}
		if (decline) {
			// "下降3%以上" is a growth of -3% or less.
			found = switch (found) {
				case MORE_THAN -> Comparison.LESS_THAN;
				case AT_LEAST -> Comparison.AT_MOST;
				case AT_MOST -> Comparison.AT_LEAST;
				case LESS_THAN -> Comparison.MORE_THAN;
				default -> found;
			};
		}
		return found;
	}

	/** What the number measures: a known measure nearest before it, else the words around it. */
	private static String indicator(String before, String after) {
		Matcher known = INDICATOR.matcher(before);
		String last = null;
		while (known.find()) {
			last = known.group();
		}
		if (last != null) {
			return last;
		}
		String head = after.length() > 12 ? after.substring(0, 12) : after;
		Matcher knownAfter = INDICATOR.matcher(head);
		if (knownAfter.find() && knownAfter.start() <= 2) {
			return knownAfter.group();
		}
		String words = TRAILING_WORDS.matcher(LEADING_WORDS.matcher(before.strip()).replaceAll("")).replaceAll("");
		words = words.replaceAll("^[的为在]", "").strip();
		if (words.length() >= 2 && words.length() <= 16) {
			return words;
		}
		String noun = head.replaceAll("^(以上|左右|以内|以下|多|余)", "").replaceAll("[以的，,。；;、（(].*$", "").strip();
		return noun.length() >= 2 && noun.length() <= 10 ? noun : null;
	}

	/**
	 * The clause around a position: between the nearest ，；。： (or the text's ends), at most
	 * {@link #MAX_CLAUSE_SIDE} characters to either side, so that a text without punctuation costs no more.
	 */
	private static int[] clause(String text, int at) {
		int start = at;
		while (start > 0 && at - start < MAX_CLAUSE_SIDE && "，,；;。：:！？!?".indexOf(text.charAt(start - 1)) < 0) {
			start--;
		}
		int end = at;
		while (end < text.length() && end - at < MAX_CLAUSE_SIDE && "，,；;。：:！？!?".indexOf(text.charAt(end)) < 0) {
			end++;
		}
		return new int[] { start, end };
	}

	/** The text with everything inside quotation marks blanked out, positions kept. */
	static String maskQuotes(String text) {
		StringBuilder out = new StringBuilder(text);
		int depth = 0;
		boolean straight = false;
		for (int i = 0; i < out.length(); i++) {
			char c = out.charAt(i);
			if (c == '“' || c == '「' || c == '《') {
				depth++;
			}
			else if ((c == '”' || c == '」' || c == '》') && depth > 0) {
				depth--;
			}
			else if (c == '"') {
				straight = !straight;
			}
			else if (depth > 0 || straight) {
				out.setCharAt(i, '□');
			}
		}
		return out.toString();
	}

	private static BigDecimal value(String number) {
		if (Character.isDigit(number.charAt(0))) {
			if (number.length() > 24) {
				return null;
			}
			BigDecimal value = new BigDecimal(number.replace(",", ""));
			// "10.0" is 10, not 1E+1
			return value.scale() > 0 ? value.stripTrailingZeros().setScale(Math.max(0, value.stripTrailingZeros().scale())) : value;
		}
		long parsed = ChineseNumbers.parse(number);
		return parsed < 0 ? null : BigDecimal.valueOf(parsed);
	}
}
