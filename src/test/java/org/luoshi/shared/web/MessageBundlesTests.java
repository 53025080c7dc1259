package org.luoshi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * The message bundles, read as files: every Chinese bundle has its English one with the same keys, and no message loses
 * an apostrophe or an argument to {@link MessageFormat}.
 * <p>
 * Spring formats a message with {@code MessageFormat} only when it is given arguments; without them it returns the text
 * as written. {@code MessageFormat} reads a single {@code '} as the start of a quote: "Leader's instruction: {0}" shows as
 * "Leaders instruction: {0}", the argument lost. So a message given arguments writes an apostrophe {@code ''}, and a
 * message given none writes {@code '} (its {@code ''} would show as two). A message names its arguments ({@code {0}}),
 * except on the timelines, which give every entry's facts to its message whether it names them or not, and render an
 * entry without facts as written: there only {@code ’} is right both ways.
 */
class MessageBundlesTests {

	private static final Path BUNDLES = Path.of("src/main/resources/messages");

	/** Messages the timelines render with the entry's facts as arguments, whether they name them or not. */
	private static final List<String> GIVEN_FACTS = List.of("demand.event.", "proposal.event.", "opinion.event.");

	private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");

	private static final Pattern LONE_APOSTROPHE = Pattern.compile("(?<!')'(?!')");

	@Test
	void everyChineseBundleHasItsEnglishOneWithTheSameKeys() throws IOException {
		List<Path> chinese = bundles().stream().filter(path -> !path.getFileName().toString().endsWith("_en.properties")).toList();
		assertThat(chinese).isNotEmpty();
		for (Path zh : chinese) {
			Path en = zh.resolveSibling(zh.getFileName().toString().replace(".properties", "_en.properties"));
			assertThat(en).as("the English bundle of " + zh.getFileName()).exists();
			assertThat(new TreeSet<>(read(en).stringPropertyNames())).as(en.getFileName() + " against " + zh.getFileName())
				.isEqualTo(new TreeSet<>(read(zh).stringPropertyNames()));
		}
	}

	/**
	 * The application reads all bundles as one message source, and where two hold a key the first basename listed wins,
	 * silently: the other text is never shown (an action's name added to the audit bundle beside the module's own).
	 */
	@Test
	void noKeyIsInTwoBundles() throws IOException {
		Map<String, List<String>> bundlesOfKey = new TreeMap<>();
		for (Path bundle : bundles()) {
			for (String key : read(bundle).stringPropertyNames()) {
				String language = bundle.getFileName().toString().endsWith("_en.properties") ? "en:" : "zh:";
				bundlesOfKey.computeIfAbsent(language + key, k -> new ArrayList<>()).add(bundle.getFileName().toString());
			}
		}
		bundlesOfKey.values().removeIf(files -> files.size() == 1);
		assertThat(bundlesOfKey).as("keys in more than one bundle of a language").isEmpty();
	}

	@Test
	void noMessageLosesAnApostropheOrAnArgumentToMessageFormat() throws IOException {
		List<String> found = new ArrayList<>();
		for (Path bundle : bundles()) {
			Properties messages = read(bundle);
			for (String key : new TreeSet<>(messages.stringPropertyNames())) {
				String problem = problem(key, messages.getProperty(key));
				if (problem != null) {
					found.add(bundle.getFileName() + ": " + key + " — " + problem);
				}
			}
		}
		assertThat(found).as("messages whose apostrophes MessageFormat would swallow or show doubled").isEmpty();
	}

	@Test
	void theScanFindsWhatMessageFormatWouldSwallow() {
		assertThat(MessageFormat.format("Leader's instruction: {0}", "x")).as("why: the argument is lost")
			.isEqualTo("Leaders instruction: {0}");
		assertThat(MessageFormat.format("Leader''s instruction: {0}", "x")).isEqualTo("Leader's instruction: x");

		assertThat(problem("supervision.notify.instruction", "Leader's instruction: {0}")).isNotNull();
		assertThat(problem("x.division", "Characters 3 to 8 are the authority's code, not \"{0}\".")).isNotNull();
		assertThat(problem("demand.event.task-status", "The supervised task's status changed")).isNotNull();
		assertThat(problem("demand.event.task-status", "The supervised task''s status changed")).isNotNull();
		assertThat(problem("tasks.instruction", "Leader''s instruction")).isNotNull();

		assertThat(problem("supervision.notify.instruction", "Leader''s instruction: {0}")).isNull();
		assertThat(problem("demand.event.escalated-3", "Overdue by {1} working days: escalated to the district’s leaders")).isNull();
		assertThat(problem("demand.event.task-status", "The supervised task’s status changed")).isNull();
		assertThat(problem("tasks.instruction", "Leader's instruction")).isNull();
		assertThat(problem("audit.changes.show", "{0,choice,1#1 change|1<{0} changes}")).isNull();
	}

	/** What is wrong with the message's apostrophes, or {@code null}. */
	private static String problem(String key, String message) {
		boolean namesArguments = ARGUMENT.matcher(message).find();
		boolean givenFacts = GIVEN_FACTS.stream().anyMatch(key::startsWith);
		if (givenFacts && !namesArguments) {
			return message.contains("'") ? "given the entry's facts, or none: write ’" : null;
		}
		if (namesArguments || givenFacts) {
			return LONE_APOSTROPHE.matcher(message).find() ? "formatted with its arguments: write '' (or ’)" : null;
		}
		return message.contains("''") ? "given no arguments, it shows '' as written: write '" : null;
	}

	private static List<Path> bundles() throws IOException {
		try (Stream<Path> files = Files.list(BUNDLES)) {
			return files.filter(path -> path.toString().endsWith(".properties")).sorted().toList();
		}
	}

	private static Properties read(Path bundle) throws IOException {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(bundle, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		return properties;
	}
}
