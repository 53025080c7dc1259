package org.luoshi.projects.internal;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.luoshi.enterprise.DistrictTown;
import org.luoshi.projects.ProjectPlatform;
import org.luoshi.reports.Report;
import org.luoshi.reports.ReportDrafts;
import org.luoshi.shared.Actor;
import org.luoshi.shared.NotFoundException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;

/**
 * The projects and platforms a confirmed report names, offered as project entries on the report's page: names of known
 * projects and platforms found in its text, and phrases that look like a project's or platform's name — ending in
 * 项目, 产业园, 基地, 中心, 新区, 片区, 启动区, 商务区 or 综合体, with the verb before them cut off ("加快推进…", "高质量打造…")
 * and generic phrases left out (省级特色产业园, 重点项目). The report is read through {@link ReportDrafts}, so the reader's
 * own rights on reports apply; reports knows nothing of projects.
 */
@Service
public class ReportMentions {

	/** A name found: a known project or platform ({@code projectId}/{@code platformId}), or a new one to offer. */
	public record Mention(String name, String townCode, String townName, Long projectId, Long platformId) {

		public boolean known() {
			return projectId != null || platformId != null;
		}
	}

	static final List<String> SUFFIXES = List.of("总部基地", "产业园", "启动区", "商务区", "综合体", "新区", "片区", "基地", "中心", "项目");
	private static final Pattern CLAUSE = Pattern.compile("[，。；、：！？,.;:!?\\s“”\"‘’'（）()《》【】\\[\\]和及与等]+");
	/** Words that begin the name after them: verbs of building and the adverbs before them, longest first. */
	private static final List<String> LEADS = List.of("凝心聚力加快", "高质量打造", "加快推进", "加快建设", "全力推进", "提速升级", "规划建设", "做优做强",
			"着力打造", "加快", "推进", "推动", "建设", "打造", "建成", "启动", "谋划", "新建", "续建", "完善", "提升", "引进", "落地", "着力", "全力",
			"积极", "目前", "同时", "正在", "围绕", "依托", "支持", "将", "把", "以", "在", "对");
	/** Beginnings of a phrase that names a kind of thing rather than one project. */
	private static final List<String> GENERIC = List.of("省级", "市级", "国家级", "全国", "特色", "重点", "重大", "各类", "一批", "多个", "各个", "这些",
			"该", "本", "其他", "相关", "有关", "大型项目", "项目");
	private static final Set<Character> BEFORE_PROJECT = Set.of('等', '个', '些', '批', '类', '大', '点', '型', '的');
	/** What follows a name in a clause and is not part of it: 产业园建设, 片区发展. */
	private static final Pattern TRAILING = Pattern.compile("(建设|发展|工作|进度|提质|升级|扩容|招商)+$");
	private static final Pattern NOT_A_NAME = Pattern.compile(".*[为的是了着过].*");

	private final ReportDrafts reports;
	private final ProjectStore store;
	private final JdbcClient jdbc;

	ReportMentions(ReportDrafts reports, ProjectStore store, JdbcClient jdbc) {
		this.reports = reports;
		this.store = store;
		this.jdbc = jdbc;
	}

	/**
	 * The mentions of a confirmed report the actor may read; none for a draft (its text may still change) or a report
	 * the actor may not read.
	 */
	// No transaction of its own: a report the actor may not read is an exception of ReportDrafts, which would mark a
	// surrounding read-only transaction for rollback although nothing is wrong.
	public List<Mention> mentions(long reportId, Actor actor) {
		Report report;
		try {
			report = reports.get(reportId, actor);
		}
		catch (NotFoundException | AccessDeniedException e) {
			return List.of();
		}
		if (!report.confirmed() || report.sourceText() == null) {
			return List.of();
		}
		Map<String, Long> projects = new LinkedHashMap<>();
		jdbc.sql("SELECT id, name FROM key_project ORDER BY id").query((rs, n) -> projects.put(rs.getString("name"), rs.getLong("id"))).list();
		Map<String, Long> platforms = new LinkedHashMap<>();
		store.platforms().forEach(platform -> platforms.put(platform.name(), platform.id()));
		return find(report.sourceText(), projects, platforms, store.towns());
	}

	/** The mentions in a text: the known names it holds first, then new names, each once, at most 20. */
	static List<Mention> find(String text, Map<String, Long> projects, Map<String, Long> platforms, List<DistrictTown> towns) {
		Map<String, Mention> found = new LinkedHashMap<>();
		projects.forEach((name, id) -> {
			if (text.contains(name)) {
				found.put(name, mention(name, text, towns, id, null));
			}
		});
		platforms.forEach((name, id) -> {
			if (text.contains(name) && !found.containsKey(name)) {
				found.put(name, mention(name, text, towns, null, id));
			}
		});
		for (String clause : CLAUSE.split(text)) {
			candidate(clause).ifPresent(name -> {
				boolean part = found.keySet().stream().anyMatch(known -> known.contains(name) || name.contains(known));
				if (!part && found.size() < 20) {
					found.put(name, mention(name, text, towns, null, null));
				}
			});
		}
		return new ArrayList<>(found.values());
	}

	/** The name a clause ends in, if it ends in one. */
	static Optional<String> candidate(String clause) {
		String phrase = TRAILING.matcher(clause.strip()).replaceFirst("");
		Optional<String> suffix = SUFFIXES.stream().filter(phrase::endsWith).findFirst();
		if (suffix.isEmpty()) {
			return Optional.empty();
		}
		// Cut at the last word that begins a name (a verb of building), then the adverbs left in front.
		int cut = 0;
		for (String lead : LEADS) {
			int at = phrase.lastIndexOf(lead, phrase.length() - suffix.get().length() - 1);
			if (at >= 0 && at + lead.length() > cut) {
				cut = at + lead.length();
			}
		}
		String name = phrase.substring(cut);
		boolean trimmed = true;
		while (trimmed) {
			trimmed = false;
			for (String lead : LEADS) {
				if (name.startsWith(lead) && name.length() > lead.length()) {
					name = name.substring(lead.length());
					trimmed = true;
				}
			}
		}
		String bare = name.substring(0, name.length() - suffix.get().length());
		if (name.length() < 4 || name.length() > 24 || bare.length() < 2 || NOT_A_NAME.matcher(name).matches()) {
			return Optional.empty();
		}
		String finalName = name;
		if (GENERIC.stream().anyMatch(finalName::startsWith) || !finalName.codePoints().allMatch(c -> Character.isLetterOrDigit(c))) {
			return Optional.empty();
		}
		if (suffix.get().equals("项目") && (bare.length() < 3 || BEFORE_PROJECT.contains(bare.charAt(bare.length() - 1)))) {
			return Optional.empty();
		}
		return Optional.of(name);
	}

	/** The town a name lies in: one named in the name itself, or the only one named in its sentence. */
	private static Mention mention(String name, String text, List<DistrictTown> towns, Long projectId, Long platformId) {
		Optional<DistrictTown> town = towns.stream().filter(t -> named(name, t)).findFirst();
		if (town.isEmpty()) {
			int at = text.indexOf(name);
			int start = Math.max(text.lastIndexOf('。', at) + 1, 0);
			int end = text.indexOf('。', at);
			String sentence = text.substring(start, end < 0 ? text.length() : end);
			List<DistrictTown> inSentence = towns.stream().filter(t -> named(sentence, t)).toList();
			town = inSentence.size() == 1 ? Optional.of(inSentence.get(0)) : Optional.empty();
		}
		return new Mention(name, town.map(DistrictTown::divisionCode).orElse(null), town.map(DistrictTown::name).orElse(null), projectId, platformId);
	}

	private static boolean named(String text, DistrictTown town) {
		String bare = town.name().replaceAll("(街道|镇)$", "");
		return text.contains(town.name()) || (bare.length() >= 2 && text.contains(bare));
	}

	static String platformNames(List<ProjectPlatform> platforms) {
		return String.join("、", platforms.stream().map(ProjectPlatform::name).toList());
	}
}
