package org.luoshi.reports.internal.extraction;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What makes a sentence a task. A task asks for something to be done: after the lead-in ("会议强调，"), a time
 * ("今年，") and a subject ("各镇（街）", "区发改局") it starts with a modal (要, 必须, 将 …) or an action verb
 * (推动, 加快, 力争, 抓好 …). Never a task: a review of a past year ("2023年…实现…", "…取得了…"), a meeting's
 * formalities (主持会议, 审议通过, 作报告), a statement of understanding (深刻领会, 牢牢把握), a statement of
 * goals (总体要求是…, which yields goals instead), or the paperwork of a notice (文号, 主送, 附件, 现将…印发).
 */
final class TaskRules {

	/** A speaker before a comma: "某某在讲话时表示，", "他强调，"; what follows is what was said. */
	private static final Pattern SPEAKER = Pattern.compile("[^，,。；;：:“”]{1,16}?(强调|指出|要求|表示|提出|说|认为|希望|号召|称)[，,：:]\\s*");
	private static final Pattern REPORTING = Pattern.compile("表示|说|称");
	/** What a participant says to echo a meeting rather than to commit to work. */
	private static final Pattern ECHO = Pattern.compile("精神|转化为|学习|宣传|贯彻落实|认真领会|不辜负|不忘初心|履行.{0,4}职责|贡献|智慧和力量");
	/** "…，力争…": a clause that commits to a result makes its sentence a task. */
	private static final Pattern STRIVES = Pattern.compile("[，,；;]力争");
	private static final Pattern PARTIES = Pattern.compile("(?:根据协议，|按照协议，)?(?:双方|三方|各方|两地)(?:将|还将|也将)");
	/** "必须引起高度重视", "值得关注": how a fact should be regarded, not work to do. */
	private static final Pattern CALLS_FOR_ATTENTION = Pattern.compile("引起|值得");
	private static final Pattern MODAL_BEFORE_PRINCIPLE = Pattern.compile("^(?:必须|要|务必|始终)");
	private static final Pattern REPORTED_INTENT = Pattern.compile("(表示|说|称|表态)[，,：:]?\\s*$");
	/** A sentence announcing the list that follows ("重点抓好以下工作：") heads it, it is not one of them. */
	private static final Pattern INTRODUCES_LIST = Pattern
		.compile("(?:以下|如下|下列)[\\u4e00-\\u9fa5]{0,4}?(?:工作|方面|任务|措施|事项|要求|重点|意见|内容)|如下[：:。]|几个方面|几项工作|[：:]$");
	private static final Pattern DASHES = Pattern.compile("^[—\\-－]+\\s*");
	private static final Pattern LEAD_IN = Pattern.compile(
			"^(?:(?:会议|全会|大会|报告|讲话|文件|意见|通知|方案|他|她|我们|调研组|检查组)(?:还|并|同时|进一步|最后)?(?:强调|要求|提出|指出|明确|号召|部署|认为|表示|希望|提到)[，,：:]?\\s*)");
	private static final Pattern CONNECTIVE = Pattern.compile(
			"^(?:(?:说明|备注|注|要求)[：:]|(?:同时|此外|另外|其次|最后|首先|再次|当前|下一步|今后|接下来|下阶段|为此|因此|对此|总之|一方面|另一方面|具体来说|特别是|尤其是|重点是|其中)[，,]?)\\s*");
	private static final Pattern TIME = Pattern.compile(
			"^(?:今年|全年|明年|年内|\\d{4}年(?:内|底前|底)?|近期|今后一个时期|今后一段时期|下半年|上半年|[一二三四]季度|新的一年)[，,]?\\s*");
	/**
	 * "区应急管理局牵头，会同区住建局，…", "由区城管执法局牵头，区住建局配合，…", "区司法局负责…": who does it, before
	 * what is done. Not "区司法局要牵头在…建成…", whose
	 * modal makes the sentence itself the task.
	 */
	private static final Pattern RESPONSIBLE_FIRST = Pattern.compile(
			"^由?[^，,。；;：:“”]{2,30}?(?<![要将须应])(?:牵头|负责|主责)(?![人的])[，,]?\\s*"
					+ "(?:(?:会同[^。；;：:“”]{2,60}?|[^，,。；;：:“”]{2,60}?(?<![要将须应])(?:配合|协助|协同|参与))[，,]\\s*)?");
	/** "在3月底前，", "2026年6月底前": the deadline said first. */
	private static final Pattern DEADLINE_FIRST = Pattern.compile(
			"^在?(?:\\d{4}年)?(?:\\d{1,2}月(?:底|末|份|\\d{1,2}日)?|第?[一二三四]季度|上半年|下半年|年底|年中)(?:前|以前|之前)[，,]?\\s*");
	private static final Pattern SUBJECT = Pattern.compile(
			"^(?:全区上下|全区各级各部门|全区各级|各级各部门|各级党组织|各级党委|各镇（街）|各镇\\(街\\)|各镇街|各镇、街道|各部门|各单位|各地|各级|各有关单位|各责任单位|我们|我区|全区|全市|全镇|全县)\\s*");
	private static final Pattern MODAL = Pattern.compile(
			"^(?:要|必须|务必|应当|须|需要|需(?!求)|将|应(?![急用对])|还要|也要|更要|就要|都要|仍要|再)");
	private static final Pattern ACTION = Pattern.compile("^(?:新建|改扩建|安排|推动|推进|加快|加强|强化|深化|实施|力争|抓好|抓实|抓紧|抓住|抓牢|抓|狠抓|确保|全力|全面|着力|坚持|坚决|持续|扎实|"
			+ "大力|积极|主动|完善|健全|提升|提高|打造|建设|建成|建立|构建|开展|落实|做好|做强|做优|做大|做实|做细|统筹|优化|培育|聚焦|支持|鼓励|引导|突出|"
			+ "促进|巩固|稳定|稳住|稳步|争取|实现|完成|新增|启动|谋划|拓展|筑牢|守牢|守住|严格|严守|严防|严厉|着眼|围绕|推行|探索|创新|发挥|发展|用好|用足|"
			+ "办好|办实|保障|保持|防范|化解|整治|治理|改善|改造|提速|提质|增强|壮大|激发|培养|引进|招引|服务|融入|对接|参与|承办|组织|部署|督促|压实|"
			+ "牢固树立|树立|弘扬|营造|传承|擦亮|打响|打好|打赢|实行|推广|扩大|减少|降低|控制|严控|规范|清理|排查|整改|争创|创建|创作|保护|修复|开工|竣工|"
			+ "投产|加速|加大|继续|不断|深入|切实|进一步|认真|精准|全方位|多措并举|以|把|凝心聚力|锚定|瞄准|紧扣|紧盯|紧紧|牢牢|始终|千方百计|"
			+ "集中|重点|突破|攻坚|全速|全链条|高标准|高质量|高水平|高起点|分类|逐步|加紧|尽快|力促|力推|推出|出台|制定|修订|编制|召开|举办|组建|设立|成立|"
			+ "落地|盘活|挖掘|拓宽|提档|升级|补齐|补强|延伸|做深|打通|畅通|联动|协同|配合|跟进|跟踪|梳理|摸清|建好|管好|用活|守护|维护|"
			+ "提供|开辟|加速推进|抢抓|把握|锻造|涵养|净化|夯实|厚植|深耕|勇于|敢于|善于|奋力|全力以赴|努力|力求|争当|争做|当好|扛起|扛牢|担起|坚定|坚守)");
	/**
	 * Verbs that open each item of a list of tasks joined by 、 ("推进…、加快…、完成…"): the plain action verbs of
	 * {@link #ACTION}, without its adverbs and the words that also begin nouns (服务业, 发展…, 重点…), so that a list of
	 * objects under one verb ("推进A、B、C建设") is never taken for one.
	 */
	private static final Pattern LIST_VERB = Pattern.compile("^(?:推进|推动|加快|完成|建设|建成|新建|改扩建|实施|开展|落实|提升|打造|启动|"
			+ "完善|强化|深化|加强|抓好|做好|健全|优化|培育|引进|举办|出台|制定|创建|整治|改造|开工|建立|构建)");
	private static final Pattern COGNITIVE = Pattern.compile("^(?:深刻领会|牢牢把握|准确把握|深刻认识|充分认识|深刻理解|准确理解|深刻把握|清醒认识|清醒看到|"
			+ "正确认识|看到|认识到|深入领会|全面把握|科学把握|正确把握|从战略和全局高度|站在.{0,12}高度)");

	private static final Pattern PAST_START = Pattern.compile("^(?:过去一年|过去五年|过去|去年|今年以来|一年来|五年来|近年来|近年|这一年|回顾|上年|(\\d{4})年(?:以来|，|,|是|全区|我区|全市|蓬江)?)");
	private static final Pattern PAST_TENSE = Pattern.compile("(?:取得|实现|完成|建成|获得|推动|形成|打下|迈出|开创|夺取|交出|创造|走出|经受|顶住|克服|保持|达到|增长|下降|提升|提高|新增|引进|落地|开工|投产|成为|获评|入选|荣获)了");
	private static final Pattern ACTUALS = Pattern.compile("(?:同比|比上年|较上年|比去年|较去年)(?:增长|下降|提高|减少|增加)");
	private static final Pattern FORMALITY = Pattern.compile("主持会议|主持召开|出席会议|列席会议|参加会议|作报告|作工作报告|作讲话|讲话并|致辞|作具体部署|作说明|"
			+ "^(?:会议|全会|大会)?(?:审议|听取|传达|学习|通报|表决|选举|宣读|通过|观看|集体学习)|审议通过|会议认为");
	private static final Pattern GOAL_STATEMENT = Pattern.compile(
			"(?:总体要求|总体思路|主要预期目标|预期目标|主要目标|目标任务|奋斗目标|总的要求|总要求|发展目标|总体目标|工作目标)(?:是|为|[：:])");
	/** Lines of paperwork by how they start: 附件, 抄送, （此件公开发布）, "请…遵照执行。". */
	private static final Pattern PAPERWORK_START = Pattern.compile(
			"(?:附件|抄送|抄报|主送|联系人|联系电话|电话|传真|邮箱|印发|发布日期|来源|责任编辑|编辑)[：:\\s\\d]|[（(]?此件|公开方式|信息公开|"
					+ "请.{0,30}(?:遵照执行|贯彻执行|认真执行|抓好落实|贯彻落实|认真组织实施|结合实际)[。.]?$");
	/** Paperwork anywhere in a line: the forwarding formula and a document number (蓬府办函〔2025〕12号). */
	private static final Pattern PAPERWORK_INSIDE = Pattern.compile(
			"现(?:将.{0,60})?(?:印发|转发)给|[\\u4e00-\\u9fa5]{1,12}[〔\\[［][0-9]{4}[〕\\]］]\\s*[0-9]{1,4}\\s*号");
	private static final Pattern ADDRESSEE_WORDS = Pattern.compile("各|单位|政府|部门|办事处|同志|代表|委员");

	private static final Pattern PLAN_START = Pattern.compile("^(?:今年|明年|新的一年|下一步|下一阶段|今后)");
	private static final Pattern PROGRESS = Pattern.compile("已完成|已建成|已开工|正在按进度|按进度推进中|累计完成|完成率|超时间进度|进展情况");
	private static final Pattern REVIEW_HEADING = Pattern.compile("回顾|进展情况|完成情况|推进情况|过去一年|过去五年|\\d{4}年(?:工作)?(?:情况|总结|成效|成绩)|主要成效|工作成效|取得的成绩|基本情况|发展现状|现状|存在的问题|问题和不足|面临的形势|形势分析|工作进展");
	private static final Pattern GOAL_HEADING = Pattern.compile("^(?:总体要求|指导思想|基本原则|主要目标|工作目标|预期目标|发展目标|总体目标|目标要求)");

	/** What kind of text a heading opens. */
	enum Section {
		TASKS, REVIEW, GOALS
	}

	private TaskRules() {
	}

	/** The sentence after its lead-in, connective, time and subject: where the verb should be. */
	static String core(String sentence) {
		String rest = DASHES.matcher(Markers.strip(sentence).strip()).replaceFirst("");
		for (int round = 0; round < 3; round++) {
			String before = rest;
			rest = strip(LEAD_IN, rest);
			rest = strip(CONNECTIVE, rest);
			rest = strip(TIME, rest);
			rest = strip(SUBJECT, rest);
			rest = strip(RESPONSIBLE_FIRST, rest);
			rest = strip(DEADLINE_FIRST, rest);
			if (rest.equals(before)) {
				break;
			}
		}
		return rest;
	}

	/**
	 * Where the verb phrase of a task clause starts, after its lead-in, time, subject and modal: 5 in
	 * "区住建局要加快…", 0 in "推进…"; -1 when the clause asks nothing.
	 */
	static int verbAt(String clause) {
		String core = core(clause);
		if (!clause.endsWith(core) || isCopula(core)) {
			return -1;
		}
		int at = clause.length() - core.length();
		if (MODAL.matcher(core).lookingAt()) {
			return startsLikeTask(core) ? at + modalLength(core) : -1;
		}
		if (startsLikeTask(core)) {
			return at;
		}
		int modal = modalAfterSubject(core);
		return modal >= 0 && startsLikeTask(core.substring(modal)) ? at + modal + modalLength(core.substring(modal)) : -1;
	}

	/** A subject that names who acts ("各村（社区）", "街道办", "园区管委会"), not what is acted on ("老旧小区改造"). */
	private static final Pattern ACTOR = Pattern.compile("^各|(?:单位|部门|指挥部|镇|街道|镇街|村|社区|局|委|委会|办|中心|政府|机关|组|队|站|所|院|校|公司|企业|集团)[）)]?$");

	/**
	 * Whether a clause names who is to act before its verb: a collective subject ("各镇（街）", "各有关单位"), a unit
	 * that leads ("区司法局牵头，…") or a short subject that names an actor before its modal ("街道办要…"); not a bare
	 * verb ("推进…"), a modal ("要…"), a time ("年内推进…") or the thing acted on ("老旧小区改造要…").
	 */
	static boolean hasOwnSubject(String clause) {
		String rest = DASHES.matcher(Markers.strip(clause).strip()).replaceFirst("");
		for (int round = 0; round < 3; round++) {
			String before = rest;
			rest = strip(LEAD_IN, rest);
			rest = strip(CONNECTIVE, rest);
			rest = strip(TIME, rest);
			rest = strip(DEADLINE_FIRST, rest);
			if (rest.equals(before)) {
				break;
			}
		}
		if (SUBJECT.matcher(rest).lookingAt() || RESPONSIBLE_FIRST.matcher(rest).lookingAt()) {
			return true;
		}
		if (MODAL.matcher(rest).lookingAt() || startsLikeTask(rest)) {
			return false;
		}
		int modal = modalAfterSubject(rest);
		return modal > 0 && ACTOR.matcher(rest.substring(0, modal).strip()).find();
	}

	/** Whether a text opens with one of the verbs that head the items of a list of tasks ({@link #LIST_VERB}). */
	static boolean startsWithListVerb(String text) {
		return LIST_VERB.matcher(text).lookingAt();
	}

	private static String strip(Pattern pattern, String text) {
		Matcher m = pattern.matcher(text);
		return m.lookingAt() ? text.substring(m.end()) : text;
	}

	/** Whether the sentence asks for something to be done. */
	static boolean isImperative(String sentence) {
		if (mayIntroduceList(sentence) && INTRODUCES_LIST.matcher(sentence).find()) {
			return false;
		}
		Matcher speaker = SPEAKER.matcher(sentence);
		if (speaker.lookingAt()) {
			// "某某在讲话时表示，各部门要…": what the speaker asks; but "代表们表示，将…" is an intention
			String said = core(sentence.substring(speaker.end()));
			if (REPORTING.matcher(speaker.group(1)).matches() && announcesIntention(said)) {
				// "某镇党委书记表示，某镇将全面实施…": a participant's commitment for their town or bureau is work
				// to follow up; "代表们表示，将把精神转化为行动" only echoes the meeting
				return isCommitment(said) || asksLater(said);
			}
			if (isImperativeCore(said)) {
				return true;
			}
		}
		if (sentence.endsWith("？") || sentence.endsWith("?")) {
			return false;
		}
		String core = core(sentence);
		if (PARTIES.matcher(core).lookingAt()) {
			// "双方将在…开展合作": what an agreement says the parties will do
			return asksLater(core);
		}
		return isImperativeCore(core) || STRIVES.matcher(sentence).find() && !isReview(sentence, null) && !reportsProgress(sentence);
	}

	private static boolean isCommitment(String said) {
		int modal = MODAL.matcher(said).lookingAt() ? 0 : modalAfterSubject(said);
		if (modal < 0 || said.substring(0, modal).indexOf('，') >= 0 || said.substring(0, modal).indexOf(',') >= 0) {
			// "…是关键时期，下一步将加强…": an intention after a judgement is the speaker's outlook
			return false;
		}
		String afterModal = said.substring(modal + 1);
		return !ECHO.matcher(afterModal).find() && ACTION.matcher(afterModal).lookingAt() && !COGNITIVE.matcher(afterModal).lookingAt();
	}

	/** "将…" or "区政府将…": what someone means to do. */
	private static boolean announcesIntention(String said) {
		int modal = MODAL.matcher(said).lookingAt() ? 0 : modalAfterSubject(said);
		return modal >= 0 && said.startsWith("将", modal);
	}

	/** Whether a later clause asks something of someone: "…，各相关部门要主动对接…". */
	private static boolean asksLater(String text) {
		int comma = text.indexOf('，');
		while (comma >= 0 && comma + 1 < text.length()) {
			String clause = text.substring(comma + 1);
			int modal = modalAfterSubject("，" + clause);
			if (modal >= 0 && clause.startsWith("要", modal - 1) && isImperativeCore(clause)) {
				return true;
			}
			comma = text.indexOf('，', comma + 1);
		}
		return false;
	}

	private static boolean isImperativeCore(String core) {
		if (isCopula(core) || isPrinciplesOnly(core)) {
			return false;
		}
		if (startsLikeTask(core)) {
			return true;
		}
		// A named subject before the modal: "区发改局要…", "专委会要…", "政协委员…，要…".
		int modal = modalAfterSubject(core);
		return modal >= 0 && startsLikeTask(core.substring(modal));
	}

	private static boolean startsLikeTask(String core) {
		if (MODAL.matcher(core).lookingAt()) {
			String afterModal = core.substring(modalLength(core)).strip();
			return !COGNITIVE.matcher(afterModal).lookingAt() && !afterModal.isBlank() && !CALLS_FOR_ATTENTION.matcher(afterModal).lookingAt();
		}
		return ACTION.matcher(core).lookingAt() && !COGNITIVE.matcher(core).lookingAt() && !isCopula(core);
	}

	/** "必须坚持党的全面领导，坚持以人民为中心，坚持守正创新": principles to hold, not work to do. */
	private static boolean isPrinciplesOnly(String core) {
		String rest = core;
		int modal = MODAL.matcher(core).lookingAt() ? 0 : modalAfterSubject(core);
		if (modal >= 0) {
			String fromModal = core.substring(modal);
			rest = fromModal.substring(modalLength(fromModal));
		}
		int principles = 0;
		for (String clause : rest.split("[，,；;。！!]")) {
			if (clause.isBlank()) {
				continue;
			}
			if (!MODAL_BEFORE_PRINCIPLE.matcher(clause.strip()).replaceFirst("").startsWith("坚持")) {
				return false;
			}
			principles++;
		}
		return principles >= 2;
	}

	/** "推进X是促进Y的重要抓手": a verb phrase as the subject of 是 says what something is, not what to do. */
	private static boolean isCopula(String core) {
		for (int i = 1; i < core.length(); i++) {
			char c = core.charAt(i);
			if ("，,；;。：:！？".indexOf(c) >= 0) {
				return false;
			}
			if (c == '是' && "但还就而于总凡正只要若可或不也都一二三四五六七八九十".indexOf(core.charAt(i - 1)) < 0
					&& !(i + 1 < core.length() && core.charAt(i + 1) == '否')) {
				return true;
			}
		}
		return false;
	}

	private static int modalLength(String core) {
		Matcher m = MODAL.matcher(core);
		return m.lookingAt() ? m.end() : 0;
	}

	/** Where a modal 要/必须/将 follows a short subject: at most 14 characters into its clause. */
	private static int modalAfterSubject(String core) {
		int limit = Math.min(core.length(), 80);
		int clauseStart = 0;
		for (int i = 1; i < limit; i++) {
			char c = core.charAt(i);
			if (c == '。' || c == '；' || c == ';') {
				return -1;
			}
			if (c == '，' || c == ',') {
				clauseStart = i + 1;
				continue;
			}
			if (i - clauseStart > 14) {
				continue;
			}
			if ((c == '要' || c == '将' || c == '必' || c == '务') && MODAL.matcher(core).region(i, core.length()).lookingAt()
					&& modalIsModal(core, i)) {
				// "代表们表示，将…" reports an intention, not a deployment
				return c == '将' && REPORTED_INTENT.matcher(core.substring(0, i)).find() ? -1 : i;
			}
		}
		return -1;
	}
	/** 要 in 主要, 重要, 需要, 要求, 要素 … is not a modal. */
	private static boolean modalIsModal(String text, int at) {
		char before = text.charAt(at - 1);
		if ("主重需只必首纲摘提概机扼显紧险想切简还也更就都仍".indexOf(before) >= 0 && text.charAt(at) == '要') {
			return "还也更就都仍".indexOf(before) >= 0;
		}
		if (at + 1 < text.length() && text.charAt(at) == '要' && "求素点件闻案害职道紧么是".indexOf(text.charAt(at + 1)) >= 0) {
			return false;
		}
		return !(text.charAt(at) == '将' && "即来近要".indexOf(at + 1 < text.length() ? text.charAt(at + 1) : ' ') >= 0);
	}

	private static boolean mayIntroduceList(String sentence) {
		char last = sentence.isEmpty() ? ' ' : sentence.charAt(sentence.length() - 1);
		return last == '：' || last == ':' || sentence.indexOf('下') >= 0 || sentence.indexOf('几') >= 0;
	}

	/** A look back at a past year: "2023年，全区…", "过去一年…", "…取得了…", or actual growth rates. */
	static boolean isReview(String sentence, Integer year) {
		String core = coreKeepingTime(sentence);
		Matcher past = PAST_START.matcher(core);
		if (past.lookingAt()) {
			String y = past.group(1);
			if (y == null) {
				return true;
			}
			if (year != null && Integer.parseInt(y) < year) {
				return true;
			}
		}
		if (MODAL.matcher(core(sentence)).lookingAt()) {
			return false;
		}
		return sentence.indexOf('了') >= 0 && PAST_TENSE.matcher(sentence).find()
				|| sentence.indexOf('比') >= 0 && ACTUALS.matcher(sentence).find();
	}

	private static String coreKeepingTime(String sentence) {
		String rest = Markers.strip(sentence).strip();
		rest = strip(LEAD_IN, rest);
		rest = strip(CONNECTIVE, rest);
		return rest;
	}

	static boolean isFormality(String sentence) {
		return FORMALITY.matcher(coreKeepingTime(sentence)).find() && !MODAL.matcher(core(sentence)).lookingAt();
	}

	static boolean isGoalStatement(String sentence) {
		return (sentence.contains("目标") || sentence.contains("要求") || sentence.contains("思路"))
				&& GOAL_STATEMENT.matcher(sentence).find();
	}

	/** Lines of a notice's paperwork, and the addressee line ("各镇人民政府、街道办事处，区直各单位："). */
	static boolean isPaperwork(String text) {
		if (PAPERWORK_START.matcher(text).lookingAt()) {
			return true;
		}
		boolean mayForwardOrNumber = text.contains("发给") || text.indexOf('〔') >= 0 || text.indexOf('［') >= 0 || text.indexOf('[') >= 0;
		if (mayForwardOrNumber && PAPERWORK_INSIDE.matcher(text).find()) {
			return true;
		}
		char last = text.charAt(text.length() - 1);
		return (last == '：' || last == ':') && text.length() <= 100 && ADDRESSEE_WORDS.matcher(text).find()
				&& !isImperative(text) && Markers.at(text) == null;
	}

	static Section section(String heading) {
		String title = Markers.strip(heading).strip();
		if (REVIEW_HEADING.matcher(title).find()) {
			return Section.REVIEW;
		}
		return GOAL_HEADING.matcher(title).find() ? Section.GOALS : Section.TASKS;
	}

	/**
	 * Whether a sentence inside a paragraph that opened with a review turns to the plan: it opens with the planned
	 * year, 今年 or 下一步, or its subject says what it will or must do ("蓬江区将…").
	 */
	static boolean turnsToPlan(String sentence, Integer planYear) {
		String rest = coreKeepingTime(sentence);
		if (PLAN_START.matcher(rest).lookingAt() || planYear != null && rest.startsWith(planYear + "年")) {
			return true;
		}
		String core = core(sentence);
		int modal = MODAL.matcher(core).lookingAt() ? 0 : modalAfterSubject(core);
		return modal >= 0 && (core.startsWith("将", modal) || core.startsWith("要", modal));
	}

	/** Progress figures of a bulletin: "已完成9项", "正在按进度推进", "累计完成投资…", "完成率…". */
	static boolean reportsProgress(String sentence) {
		return PROGRESS.matcher(sentence).find();
	}

	/** A lead-in that opens a new part of a meeting report ("会议强调，…"), ending the previous group. */
	static boolean opensNewPart(String sentence) {
		return LEAD_IN.matcher(sentence).lookingAt() && sentence.startsWith("会议");
	}
}
