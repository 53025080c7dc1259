package org.luoshi.reports;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Test documents: the corpus under {@code src/test/resources/reports/corpus} (documents written for these tests,
 * each {@code NAME.txt} with its {@code NAME.expected.json}) and the seed newspaper page, which lives outside the
 * repository and may be absent.
 */
public final class ReportFixtures {

	public static final Path SEED = Path.of("../shared/seed/000_108ed8c361109c33.txt");

	private static final ReportReader READER = ReportReader.withBundledNames();
	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ReportFixtures() {
	}

	/** One reader for all tests: building it loads HanLP's dictionaries once. */
	public static ReportReader reader() {
		return READER;
	}

	/** A corpus document: its file name, its bytes as stored (the encoding varies) and what it must yield. */
	public record CorpusDocument(String name, byte[] bytes, JsonNode expected) {

		public ReportInput input() {
			JsonNode referenceDate = expected.get("referenceDate");
			ReportInput input = ReportInput.file(name, bytes);
			return referenceDate == null ? input : input.withReferenceDate(java.time.LocalDate.parse(referenceDate.asString()));
		}

		@Override
		public String toString() {
			return name;
		}
	}

	public static List<CorpusDocument> corpus() {
		Path directory = corpusDirectory();
		try (Stream<Path> files = Files.list(directory)) {
			return files.filter(f -> f.getFileName().toString().endsWith(".txt"))
				.sorted()
				.map(ReportFixtures::document)
				.toList();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static Path corpusDirectory() {
		try {
			return Path.of(ReportFixtures.class.getResource("/reports/corpus").toURI());
		}
		catch (URISyntaxException e) {
			throw new IllegalStateException(e);
		}
	}

	private static CorpusDocument document(Path file) {
		String name = file.getFileName().toString();
		Path expected = file.resolveSibling(name.replace(".txt", ".expected.json"));
		try {
			return new CorpusDocument(name, Files.readAllBytes(file), JSON.readTree(Files.readString(expected)));
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	public static boolean seedPresent() {
		return Files.isRegularFile(SEED);
	}

	public static byte[] seed() {
		try {
			return Files.readAllBytes(SEED);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
