package org.luoshi.reports.internal.extraction;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import org.luoshi.reports.DeploymentDraft;
import org.luoshi.reports.DeploymentDraft.Article;
import org.luoshi.reports.DeploymentDraft.Group;
import org.luoshi.reports.DeploymentDraft.Person;
import org.luoshi.reports.DeploymentDraft.Place;
import org.luoshi.reports.DeploymentDraft.Target;
import org.luoshi.reports.DeploymentDraft.Task;
import org.luoshi.reports.NameSource;
import org.luoshi.reports.NameSource.KnownPlace;
import org.luoshi.reports.ReportInput;
import org.luoshi.reports.ReportRejectedException;
import org.luoshi.reports.ReportRejectedException.Reason;

/**
 * The whole way from input to draft: read → normalize → drop repeated paragraphs → split articles → date →
 * walk each article's headings, sentences and numbered items → tasks with units, places, targets and
 * deadlines → goals, people, places of the whole document. Plain Java, immutable, safe to share between threads.
 */
public final class ExtractionPipeline {

	private static final Pattern CONFERENCE_TITLE = Pattern.compile("会议|全会|大会|工作会|部署|推进会|动员|方案|通知|要点|意见|计划|报告|任务|清单|分工|安排|讲话");
	private static final String HEADING_END = "。：:；;，,！!？? ";

	private final Lexicon lexicon;
	private final InputReader reader = new InputReader();

	public ExtractionPipeline(List<NameSource> sources) {
		this.lexicon = Lexicon.of(sources);
	}

	public DeploymentDraft read(ReportInput input) {
		return extract(decode(input), input.referenceDate());
	}

	/** The known units that answer to exactly this name (their own or an alias); empty when none does. */
	public List<NameSource.KnownUnit> knownUnits(String name) {
		return lexicon.unitsNamed(name);
	}

	/** The input's text as decoded from its file, or as pasted; throws like {@link #read}. */
	public ReadText decode(ReportInput input) {
		return reader.read(input);
	}

	public DeploymentDraft extract(ReadText read, LocalDate referenceDate) {
		List<String> paragraphs = TextNormalizer.paragraphs(read);
		if (paragraphs.isEmpty()) {
			throw new ReportRejectedException(Reason.EMPTY);
		}
		Deduplicator.Result deduplicated = Deduplicator.deduplicate(paragraphs);
		List<Articles.Article> articles = Articles.split(deduplicated.paragraphs());
		if (articles.isEmpty()) {
			throw new ReportRejectedException(Reason.EMPTY);
		}
		int main = mainArticle(articles);
		Integer deployedYear = Dates.deployedYear(texts(articles.get(main)));
		if (deployedYear == null) {
			deployedYear = Dates.deployedYear(paragraphs);
		}
		Integer referenceYear = referenceDate == null ? null : referenceDate.getYear();
		LocalDate date = documentDate(articles, main, deployedYear, referenceYear, referenceDate);
		Integer current = date != null ? Integer.valueOf(date.getYear()) : deployedYear != null ? deployedYear : referenceYear;
		Dates.Years years = Dates.Years.of(current, deployedYear);

		Document document = new Document(years, date);
		List<Article> articleSummaries = new ArrayList<>();
		for (int a = 0; a < articles.size(); a++) {
			Articles.Article article = articles.get(a);
			ArticleWalk walk = new ArticleWalk(article, years, lexicon);
			walk.run();
			boolean deployment = articles.size() == 1 || walk.isDeployment();
			int tasksBefore = document.tasks.size();
			if (deployment) {
				document.take(walk, lexicon);
				if (a == main && article.title() != null) {
					document.goalsFrom(article.title());
				}
			}
			else {
				document.offer(walk, lexicon);
			}
			articleSummaries.add(new Article(article.title(), document.tasks.size() - tasksBefore));
			for (Paragraph paragraph : article.paragraphs()) {
				if (!paragraph.isGhost()) {
					document.namesIn(paragraph.text(), lexicon);
				}
			}
		}
		return new DeploymentDraft(articles.get(main).title(), date, deduplicated.dropped(), articleSummaries,
				document.people(), List.copyOf(document.goals.values()), document.tasks, document.groups,
				document.places(), List.copyOf(document.unknownPlaces), document.otherPlans);
	}

	private static List<String> texts(Articles.Article article) {
		List<String> texts = new ArrayList<>();
		if (article.title() != null) {
			texts.add(article.title());
		}
		article.paragraphs().forEach(p -> texts.add(p.text()));
		return texts;
	}

	/** The article that deploys: most headings of groups, labelled lines and "会议强调"; the first on a tie. */
	private static int mainArticle(List<Articles.Article> articles) {
		int best = 0;
		int bestScore = 0;
		for (int a = 0; a < articles.size(); a++) {
			int score = 0;
			for (Paragraph paragraph : articles.get(a).paragraphs()) {
				String text = paragraph.text();
				Markers.Marker marker = Markers.at(text);
				if (marker != null && marker.kind().opensGroup()) {
					score += 2;
				}
				if (Responsibility.hasLabel(text)) {
					score++;
				}
				if (text.startsWith("会议强调") || text.startsWith("会议要求") || text.contains("。一要")) {
					score += 2;
				}
			}
			if (score > bestScore) {
				best = a;
				bestScore = score;
			}
		}
		return best;
	}

	/**
	 * The date of the main article's opening (a news report starts with it), else a line that is only a date (a
	 * notice's date, or the date under a speech's title), else the caller's.
	 */
	private static LocalDate documentDate(List<Articles.Article> articles, int main, Integer deployedYear,
			Integer referenceYear, LocalDate referenceDate) {
		List<Paragraph> opening = articles.get(main).paragraphs();
		for (int i = 0; i < Math.min(3, opening.size()); i++) {
			LocalDate date = Dates.openingDate(opening.get(i).text(), deployedYear, referenceYear);
			if (date != null) {
				return date;
			}
		}
		for (Articles.Article article : articles) {
			for (Paragraph paragraph : article.paragraphs()) {
				if (Dates.isDateLine(paragraph.text())) {
					LocalDate date = Dates.firstDate(paragraph.text(), deployedYear, referenceYear);
					if (date != null) {
						return date;
					}
				}
			}
		}
		return referenceDate;
	}

	static String headingTitle(String sentence) {
		String title = sentence.strip();
		while (!title.isEmpty() && HEADING_END.indexOf(title.charAt(title.length() - 1)) >= 0) {
			title = title.substring(0, title.length() - 1);
		}
		return title;
	}

	/** Everything gathered for the draft, across articles. */
	private static final class Document {

		final Dates.Years years;
		final List<Task> tasks = new ArrayList<>();
		final List<Group> groups = new ArrayList<>();
		final Map<String, Target> goals = new LinkedHashMap<>();
		final Map<String, String> people = new LinkedHashMap<>();
		final Set<KnownPlace> places = new LinkedHashSet<>();
		final Set<String> unknownPlaces = new LinkedHashSet<>();
		final RepeatIndex seenTasks = new RepeatIndex(20);
		final LocalDate date;
		final List<Task> otherPlans = new ArrayList<>();

		Document(Dates.Years years, LocalDate date) {
			this.years = years;
			this.date = date;
		}

		void take(ArticleWalk walk, Lexicon lexicon) {
			Map<ArticleWalk.Node, Integer> counts = new LinkedHashMap<>();
			for (ArticleWalk.Draft draft : walk.drafts()) {
				Task task = task(draft, lexicon);
				if (task == null) {
					continue;
				}
				tasks.add(task);
				if (draft.group != null) {
					counts.merge(draft.group, 1, Integer::sum);
				}
			}
			Set<String> listed = new HashSet<>();
			for (ArticleWalk.Node node : walk.nodes()) {
				int count = counts.getOrDefault(node, 0);
				if (node.ghostOf != null && counts.getOrDefault(node.ghostOf, 0) > 0) {
					// a page may print the misplaced group more than once: list it once
					if (listed.add(node.level + "|" + node.ordinal + "|" + node.title)) {
						groups.add(new Group(node.ordinal, node.title, 0, node.ghostOf.title));
					}
				}
				else if (count > 0) {
					listed.add(node.level + "|" + node.ordinal + "|" + node.title);
					groups.add(new Group(node.ordinal, node.title, count, null));
				}
			}
			for (String goal : walk.goalSentences()) {
				goalsFrom(goal);
			}
		}

		/** The plans of an article that reports rather than deploys: offered apart, each once. */
		void offer(ArticleWalk walk, Lexicon lexicon) {
			for (ArticleWalk.Draft draft : walk.drafts()) {
				Task task = task(draft, lexicon);
				if (task != null) {
					otherPlans.add(task);
				}
			}
		}

		/**
		 * The draft as a task, its deadline flagged when the document was dated after it, its units matched against the
		 * names the reader knows; null if a repeat.
		 */
		private Task task(ArticleWalk.Draft draft, Lexicon lexicon) {
			Task task = draft.toTask(years, lexicon, people);
			if (task == null || seenTasks.repeatOrAdd(RepeatIndex.key(task.text())) >= 0) {
				return null;
			}
			boolean past = task.deadline() != null && (date != null ? task.deadline().isBefore(date)
					: years.current() != null && task.deadline().getYear() < years.current());
			Task dated = past ? new Task(task.group(), task.text(), task.leadUnits(), task.coUnits(), task.places(),
					task.unknownPlaces(), task.deadline(), task.targets(), task.enterprises(), true) : task;
			return dated.withUnitsMatched((written, role) -> Units.match(written, role, lexicon));
		}

		void goalsFrom(String text) {
			for (Target target : Targets.find(text, years, Dates.deadline(text, years))) {
				goals.putIfAbsent(target.indicator() + "|" + target.value().stripTrailingZeros().toPlainString() + "|"
						+ target.unit() + "|" + target.kind(), target);
			}
		}

		void namesIn(String text, Lexicon lexicon) {
			List<People.Found> found = new ArrayList<>();
			People.find(text, lexicon, found);
			for (People.Found person : found) {
				people.putIfAbsent(person.name(), person.role());
			}
			Places.Found inText = Places.find(text, lexicon);
			places.addAll(inText.known());
			unknownPlaces.addAll(inText.unknown());
		}

		List<Person> people() {
			List<Person> list = new ArrayList<>();
			people.forEach((name, role) -> list.add(new Person(name, role)));
			return list;
		}

		List<Place> places() {
			List<Place> list = new ArrayList<>();
			places.forEach(p -> list.add(new Place(p.name(), p.divisionCode())));
			return list;
		}
	}

	static boolean isConferenceTitle(String title) {
		return title != null && CONFERENCE_TITLE.matcher(title).find();
	}
}
