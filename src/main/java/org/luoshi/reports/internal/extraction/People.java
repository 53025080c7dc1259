package org.luoshi.reports.internal.extraction;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.hankcs.hanlp.seg.common.Term;

/**
 * People named after their role: "区委书记劳茂昌", "区长马品高", "区政协党组书记、主席何腾", "区委副书记、区长
 * 张三". The role is the run of office words before the title; the name is two or three characters starting
 * with a surname and ending where the next word (代表, 就, 主持, 带领, a comma …) begins. When both lengths fit,
 * the segmenter's person recognition decides, else three characters (the common length of officials' names).
 */
final class People {

	/** A person as found: the role as written before the name. */
	record Found(String name, String role) {
	}

	private static final Pattern TITLE = Pattern.compile("(?:常务副|副|代)?(?:书记|区长|市长|县长|镇长|主任|主席|部长|局长|秘书长|检察长|院长|政委|常委)");

	/** Words that may stand before a title as part of the role. */
	private static final List<String> ROLE_WORDS = List.of("区人大常委会", "市人大常委会", "区纪委监委", "市纪委监委", "区政府",
			"市政府", "区政协", "市政协", "区人大", "市人大", "党工委", "区委", "市委", "县委", "镇委", "省委", "镇党委", "党委", "党组",
			"常委", "常务", "一级巡视员", "二级巡视员", "大会执行", "执行", "区", "市", "县", "镇", "省", "、");

	/** A committee or group whose office the title is: "区委全面深化改革委员会主任". */
	private static final Pattern BODY_BEFORE_TITLE = Pattern.compile(
			"(?:区委|市委|县委|区|市|县)[\\u4e00-\\u9fa5]{1,14}?(?:委员会|领导小组|指挥部|工作组)$");

	/** What follows a name: the next word of the sentence. */
	private static final List<String> FOLLOWERS = List.of("代表", "就", "作", "主持", "出席", "在", "带领", "带队", "强调",
			"指出", "讲话", "表示", "要求", "说", "等", "和", "与", "及", "参加", "到", "率", "一行", "对", "为", "同志", "陪同",
			"分别", "调研", "视察", "召集", "听取", "介绍", "提出", "宣读", "传达", "部署", "致辞", "总结", "通报", "会见", "看望",
			"慰问", "走访", "深入", "前往", "来到", "先后", "也", "还", "则", "充分", "肯定", "希望", "勉励", "鼓励", "向", "以", "同",
			"通过", "任", "担任", "主讲", "出任", "的", "（", "(", "，", ",", "、", "。", "；", ";", "：", ":", " ", "”", "\"");

	/** Common surnames, rare ones of the region included (劳, 冼, 区, 麦, 谭 …). */
	private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤常温康施文牛樊葛邢安齐易乔伍庞颜倪庄聂章鲁岳翟殷詹申欧耿关兰焦俞左柳甘祝包宁尚符舒阮柯纪梅童凌毕单季裴霍涂成苗谷盛曲翁冉骆蓝路游辛靳管柴蒙鲍华喻祁蒲房滕屈饶解牟艾尤阳时穆农司卓古吉缪简车项连芦麦褚娄窦戚岑景党宫费卜冷晏席卫米柏宗瞿桂全佟应臧闵苟邬边卞姬师和仇栾隋商刁沙荣巫寇桑郎甄丛仲虞敖巩明佘池查麻苑迟邝劳冼区植湛容利官伦招禤钮敬刀练杭";

	private static final List<String> COMPOUND_SURNAMES = List.of("欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙",
			"慕容", "令狐", "司徒", "夏侯", "端木", "长孙");

	/**
	 * A list of people after the role they share, as conference news prints it: "执行主席是：甲、乙、丙。",
	 * "大会执行主席为甲、乙", "主持人：甲".
	 */
	private static final Pattern LISTED_ROLE = Pattern.compile("(?:大会)?执行主席(?:(?:分别)?[是为][：:]?|[：:])?\\s*|主持人?(?:(?:分别)?[是为])?[：:]\\s*");
	private static final String LIST_SEPARATORS = "、，,和及 ";

	private People() {
	}

	static void find(String text, Lexicon lexicon, List<Found> into) {
		Matcher m = TITLE.matcher(text);
		while (m.find()) {
			int nameStart = m.end();
			if (nameStart < text.length() && text.charAt(nameStart) == ' ') {
				nameStart++;
			}
			String name = name(text, nameStart, lexicon);
			if (name == null) {
				continue;
			}
			into.add(new Found(name, role(text, m.start(), m.end(), lexicon)));
		}
		if (text.contains("执行主席") || text.contains("主持")) {
			listed(text, into);
		}
	}

	/** Everyone named in a list after its role ("执行主席是：甲、乙、丙"), each name checked as a name. */
	private static void listed(String text, List<Found> into) {
		Matcher m = LISTED_ROLE.matcher(text);
		while (m.find()) {
			String role = m.group().replaceFirst("(?:(?:分别)?[是为][：:]?|[：:])?\\s*$", "");
			int at = m.end();
			while (at < text.length()) {
				int end = at;
				while (end < text.length() && Chars.isHan(text.charAt(end)) && LIST_SEPARATORS.indexOf(text.charAt(end)) < 0) {
					end++;
				}
				String name = text.substring(at, end);
				int surname = surnameLength(text, at);
				if (surname == 0 || name.length() <= surname || name.length() > surname + 2) {
					break;
				}
				if (into.stream().noneMatch(found -> found.name().equals(name))) {
					into.add(new Found(name, role));
				}
				if (end >= text.length() || LIST_SEPARATORS.indexOf(text.charAt(end)) < 0) {
					break;
				}
				at = end + 1;
			}
		}
	}

	private static String name(String text, int start, Lexicon lexicon) {
		int surname = surnameLength(text, start);
		if (surname == 0) {
			return null;
		}
		String three = candidate(text, start, surname + 2);
		String two = candidate(text, start, surname + 1);
		if (three != null && two != null) {
			String recognized = recognized(text, start, lexicon);
			return two.equals(recognized) ? two : three;
		}
		return three != null ? three : two;
	}

	/** A name of {@code length} characters at {@code start} if the text goes on with a word that may follow it. */
	private static String candidate(String text, int start, int length) {
		int end = start + length;
		if (end > text.length()) {
			return null;
		}
		for (int i = start; i < end; i++) {
			if (!Chars.isHan(text.charAt(i))) {
				return null;
			}
		}
		if (end == text.length()) {
			return text.substring(start, end);
		}
		for (String follower : FOLLOWERS) {
			if (text.startsWith(follower, end)) {
				return text.substring(start, end);
			}
		}
		return null;
	}

	private static int surnameLength(String text, int start) {
		for (String compound : COMPOUND_SURNAMES) {
			if (text.startsWith(compound, start)) {
				return 2;
			}
		}
		return start < text.length() && SURNAMES.indexOf(text.charAt(start)) >= 0 ? 1 : 0;
	}

	/** The person the segmenter recognizes at {@code start}, or {@code null}. */
	private static String recognized(String text, int start, Lexicon lexicon) {
		String window = text.substring(start, Math.min(text.length(), start + 6));
		for (Term term : lexicon.segmenter().seg(window)) {
			if (term.offset == 0 && term.nature != null && term.nature.startsWith("nr")) {
				return term.word;
			}
		}
		return null;
	}

	/** The role: the title and the office words right before it ("区政协党组书记、主席"). */
	private static String role(String text, int titleStart, int titleEnd, Lexicon lexicon) {
		int start = titleStart;
		boolean extended = true;
		while (extended && start > 0) {
			extended = false;
			for (String word : ROLE_WORDS) {
				if (start >= word.length() && text.startsWith(word, start - word.length())) {
					start -= word.length();
					extended = true;
					break;
				}
			}
			if (!extended) {
				Matcher title = TITLE.matcher(text.substring(Math.max(0, start - 5), start));
				while (title.find()) {
					if (title.end() == Math.min(5, start)) {
						start -= title.end() - title.start();
						extended = true;
					}
				}
			}
			if (!extended) {
				for (Lexicon.Found<String> unit : lexicon.units(text.substring(Math.max(0, start - 16), start))) {
					if (unit.end() == Math.min(16, start)) {
						start -= unit.end() - unit.begin();
						extended = true;
					}
				}
			}
			if (!extended) {
				Matcher body = BODY_BEFORE_TITLE.matcher(text.substring(Math.max(0, start - 20), start));
				if (body.find()) {
					start -= body.end() - body.start();
					extended = true;
				}
			}
		}
		while (start < titleStart && text.charAt(start) == '、') {
			start++;
		}
		return text.substring(start, titleEnd);
	}
}
