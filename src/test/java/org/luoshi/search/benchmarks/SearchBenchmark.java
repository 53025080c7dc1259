package org.luoshi.search.benchmarks;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;

import javax.sql.DataSource;

import com.hankcs.hanlp.dictionary.CoreDictionary;

import org.junit.jupiter.api.Test;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.UnitSummary;
import org.luoshi.search.Search;
import org.luoshi.search.SearchQuery;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Permissions;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Search over one million generated documents: fills a database of its own once, then measures the latency of
 * typical searches through the {@link Search} facade (segmentation, data scope, SQL, highlighting), as the API
 * runs them. Not part of {@code mvn test} (the class name does not end in Tests); run it with
 *
 * <pre>LUOSHI_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/postgres mvn -o -q test -Dtest=SearchBenchmark</pre>
 *
 * and read the table it prints (also written to {@code target/search-benchmark.md}). The database
 * {@value #DATABASE} is kept for the next run; {@code -Dbench.refill=true} builds it again,
 * {@code DROP DATABASE luoshi_search_bench} removes it.
 *
 * <p>The documents are Chinese-like text drawn from HanLP's dictionary, each word as often as it is in real text
 * (so 中国 is in about a third of all documents and most words are rare). Their words are written as tokens directly
 * instead of being cut by HanLP again, which would only make the fill slower. They belong to the demo units (a tenth
 * to nobody in particular) and were updated at random times over three years. They are stored in the order they were
 * updated, as an index that grows with its records is: the newest documents lie together at the end of the table.
 */
@SpringBootTest
class SearchBenchmark {

	static final String DATABASE = "luoshi_search_bench";
	static final int DOCUMENTS = Integer.getInteger("bench.documents", 1_000_000);
	static final String TYPE = "bench";
	static final int WARMUP = 30;
	static final int ROUNDS = 200;

	static {
		String server = System.getenv("LUOSHI_TEST_DB_URL");
		if (server == null || server.isBlank()) {
			throw new IllegalStateException("Set LUOSHI_TEST_DB_URL to a PostgreSQL server, e.g. jdbc:postgresql://127.0.0.1:5432/postgres");
		}
		String user = System.getenv().getOrDefault("LUOSHI_TEST_DB_USER", "postgres");
		String password = System.getenv().getOrDefault("LUOSHI_TEST_DB_PASSWORD", "");
		try (Connection admin = DriverManager.getConnection(server, user, password); Statement statement = admin.createStatement()) {
			if (Boolean.getBoolean("bench.refill")) {
				statement.execute("DROP DATABASE IF EXISTS " + DATABASE + " WITH (FORCE)");
			}
			if (!statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'").next()) {
				statement.execute("CREATE DATABASE " + DATABASE + " ENCODING 'UTF8' TEMPLATE template0");
			}
			System.setProperty("spring.datasource.url", server.replaceFirst("/[^/?]*(\\?.*)?$", "/" + DATABASE + "$1"));
			System.setProperty("spring.datasource.username", user);
			System.setProperty("spring.datasource.password", password);
			System.setProperty("luoshi.demo", "true");
			System.setProperty("luoshi.demo-password", "Bench-Luoshi-2026");
			System.setProperty("luoshi.data-dir", Files.createTempDirectory("luoshi-bench").toString());
		}
		catch (SQLException | IOException e) {
			throw new IllegalStateException("Cannot prepare the benchmark database", e);
		}
	}

	@Autowired
	Search search;

	@Autowired
	OrganizationDirectory organization;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	final Random random = new Random(20261128);

	@Test
	void measuresSearchLatencyOverAMillionDocuments() throws Exception {
		Vocabulary vocabulary = Vocabulary.load();
		List<UnitSummary> units = organization.allUnits();
		long present = jdbc.sql("SELECT count(*) FROM search_document WHERE type = ?").param(TYPE).query(Long.class).single();
		if (present < DOCUMENTS) {
			fill(vocabulary, units);
		}
		long total = jdbc.sql("SELECT count(*) FROM search_document").query(Long.class).single();
		String size = jdbc.sql("SELECT pg_size_pretty(pg_total_relation_size('search_document'))").query(String.class).single();
		String indexSize = jdbc.sql("SELECT pg_size_pretty(pg_relation_size('search_document_tokens'))").query(String.class).single();

		Actor district = new Actor(1L, "bench", "bench", null, Set.of(Permissions.ORGANIZATION_READ));
		UnitSummary town = organization.findUnitByName("棠下镇").orElseThrow();
		Actor townActor = new Actor(2L, "bench-town", "bench", town.id(), Set.of(Permissions.ORGANIZATION_READ));

		List<String> common = vocabulary.byRank(0, 5);
		List<String> frequent = vocabulary.byRank(40, 10);
		List<String> medium = vocabulary.byRank(800, 20);
		List<String> rare = vocabulary.byRank(25_000, 40);
		Map<String, Case> cases = new LinkedHashMap<>();
		cases.put("rare word (≈100 matches)", new Case(rare, district));
		cases.put("medium word (≈1% of documents)", new Case(medium, district));
		cases.put("frequent word (≈10%)", new Case(frequent, district));
		cases.put("very common word (≈30%)", new Case(common, district));
		cases.put("two words (frequent + medium)", new Case(pairs(frequent, medium), district));
		cases.put("very common word, town scope (棠下镇)", new Case(common, townActor));
		cases.put("rare word, town scope (棠下镇)", new Case(rare, townActor));
		cases.put("medium word, type filter", new Case(medium, district, TYPE));

		StringBuilder report = new StringBuilder();
		report.append(String.format(Locale.ROOT, "%d documents (%d generated), table with indexes %s, GIN index %s%n%n", total, present < DOCUMENTS ? DOCUMENTS : present,
				size, indexSize));
		report.append("| query | matches of one example | p50 ms | p95 ms | p99 ms |\n|---|---:|---:|---:|---:|\n");
		for (Map.Entry<String, Case> entry : cases.entrySet()) {
			Case c = entry.getValue();
			long matches = matches(c.words().get(0));
			double[] latencies = measure(() -> {
				String words = c.words().get(random.nextInt(c.words().size()));
				search.search(new SearchQuery(words, c.type(), 0, 20), c.actor());
				return null;
			}, WARMUP, ROUNDS);
			report.append(String.format(Locale.ROOT, "| %s | %d | %.1f | %.1f | %.1f |%n", entry.getKey(), matches, percentile(latencies, 50),
					percentile(latencies, 95), percentile(latencies, 99)));
		}
		report.append("\nFor comparison, ranking every match of a very common word (no candidate limit):\n\n");
		double[] naive = measure(() -> {
			String word = common.get(random.nextInt(common.size()));
			jdbc.sql("SELECT type, id, ts_rank_cd(tokens, q) AS rank FROM search_document, to_tsquery('simple', :q) q WHERE tokens @@ q "
					+ "ORDER BY rank DESC LIMIT 20").param("q", "'" + word + "'").query().listOfRows();
			return null;
		}, 2, 10);
		report.append(String.format(Locale.ROOT, "| rank all matches | p50 %.0f ms | max %.0f ms |%n", percentile(naive, 50), percentile(naive, 100)));
		System.out.println("\n==== Search benchmark ====\n" + report);
		Files.writeString(java.nio.file.Path.of("target", "search-benchmark.md"), report.toString());
	}

	static final com.hankcs.hanlp.seg.Segment INDEX_MODE = com.hankcs.hanlp.HanLP.newSegment().enableIndexMode(true);

	record Case(List<String> words, Actor actor, String type) {
		Case(List<String> words, Actor actor) {
			this(words, actor, null);
		}
	}

	private long matches(String words) {
		String tsquery = String.join(" & ", Arrays.stream(words.split(" ")).map(w -> "'" + w + "'").toList());
		return jdbc.sql("SELECT count(*) FROM search_document WHERE tokens @@ to_tsquery('simple', ?)").param(tsquery).query(Long.class).single();
	}

	private static List<String> pairs(List<String> first, List<String> second) {
		List<String> pairs = new ArrayList<>();
		for (int i = 0; i < second.size(); i++) {
			pairs.add(first.get(i % first.size()) + " " + second.get(i));
		}
		return pairs;
	}

	private static double[] measure(Supplier<Void> query, int warmup, int rounds) {
		for (int i = 0; i < warmup; i++) {
			query.get();
		}
		double[] millis = new double[rounds];
		for (int i = 0; i < rounds; i++) {
			long start = System.nanoTime();
			query.get();
			millis[i] = (System.nanoTime() - start) / 1e6;
		}
		Arrays.sort(millis);
		return millis;
	}

	private static double percentile(double[] sorted, int percentile) {
		int index = (int) Math.ceil(percentile / 100.0 * sorted.length) - 1;
		return sorted[Math.max(0, Math.min(sorted.length - 1, index))];
	}

	/**
	 * Writes the documents with COPY into a staging table, builds the tsvectors in one INSERT … SELECT (in time order),
	 * and builds the indexes afterwards (with the definitions the migration gave them), which is far faster than
	 * maintaining them row by row.
	 */
	private void fill(Vocabulary vocabulary, List<UnitSummary> units) throws SQLException, IOException {
		long started = System.nanoTime();
		try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
			statement.execute("SET maintenance_work_mem = '512MB'");
			statement.execute("DELETE FROM search_document WHERE type = '" + TYPE + "'");
			List<String> indexes = new ArrayList<>();
			var rs = statement.executeQuery("SELECT indexname, indexdef FROM pg_indexes WHERE tablename = 'search_document' "
					+ "AND indexname <> 'search_document_pkey'");
			while (rs.next()) {
				indexes.add(rs.getString("indexdef"));
				connection.createStatement().execute("DROP INDEX " + rs.getString("indexname"));
			}
			statement.execute("CREATE UNLOGGED TABLE IF NOT EXISTS bench_staging (id TEXT, unit_id BIGINT, title TEXT, body TEXT, "
					+ "title_tokens TEXT, body_tokens TEXT, updated_at TIMESTAMPTZ)");
			statement.execute("TRUNCATE bench_staging");
			CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY bench_staging FROM STDIN");
			Instant now = Instant.now();
			StringBuilder batch = new StringBuilder();
			for (int i = 0; i < DOCUMENTS; i++) {
				List<String> title = vocabulary.sample(random, 4 + random.nextInt(5));
				List<String> body = vocabulary.sample(random, 40 + random.nextInt(41));
				Long unit = random.nextInt(10) == 0 ? null : units.get(random.nextInt(units.size())).id();
				Instant updated = now.minus(random.nextInt(3 * 365 * 24 * 60), ChronoUnit.MINUTES);
				batch.append("b").append(i).append('\t').append(unit == null ? "\\N" : unit).append('\t')
					.append(String.join("", title)).append('\t').append(sentences(body)).append('\t')
					.append(vocabulary.tokens(title)).append('\t').append(vocabulary.tokens(body)).append('\t')
					.append(updated).append('\n');
				if (batch.length() > 1 << 20 || i == DOCUMENTS - 1) {
					byte[] bytes = batch.toString().getBytes(StandardCharsets.UTF_8);
					copy.writeToCopy(bytes, 0, bytes.length);
					batch.setLength(0);
				}
			}
			copy.endCopy();
			System.out.printf(Locale.ROOT, "Copied in %.0f s%n", (System.nanoTime() - started) / 1e9);
			statement.execute("INSERT INTO search_document (type, id, permission, unit_ids, title, body, tokens, link, updated_at) "
					+ "SELECT '" + TYPE + "', id, 'organization:read', CASE WHEN unit_id IS NULL THEN NULL ELSE ARRAY[unit_id] END, title, body, "
					+ "setweight(to_tsvector('simple', title_tokens), 'A') || setweight(to_tsvector('simple', body_tokens), 'B'), "
					+ "'/bench/' || id, updated_at FROM bench_staging ORDER BY updated_at");
			statement.execute("DROP TABLE bench_staging");
			System.out.printf(Locale.ROOT, "Inserted in %.0f s%n", (System.nanoTime() - started) / 1e9);
			for (String index : indexes) {
				statement.execute(index);
			}
			statement.execute("VACUUM ANALYZE search_document");
		}
		System.out.printf(Locale.ROOT, "Filled %d documents in %.0f s%n", DOCUMENTS, (System.nanoTime() - started) / 1e9);
	}

	/** Words run together into sentences, as Chinese is written: no spaces, a comma or full stop now and then. */
	private String sentences(List<String> words) {
		StringBuilder text = new StringBuilder();
		for (String word : words) {
			text.append(word);
			int punctuation = random.nextInt(8);
			if (punctuation == 0) {
				text.append('，');
			}
			else if (punctuation == 1) {
				text.append('。');
			}
		}
		return text.toString();
	}

	/**
	 * HanLP's words of two to four Chinese characters, each with its frequency in HanLP's corpus and with the tokens
	 * that index mode gives it (the word and the dictionary words inside it), as the real index would store them.
	 */
	record Vocabulary(String[] words, long[] cumulative, Map<String, String> segmented) {

		static Vocabulary load() throws IOException {
			Set<String> words = new LinkedHashSet<>();
			try (BufferedReader reader = new BufferedReader(new InputStreamReader(
					CoreDictionary.class.getClassLoader().getResourceAsStream("data/dictionary/synonym/CoreSynonym.txt"), StandardCharsets.UTF_8))) {
				for (String line = reader.readLine(); line != null; line = reader.readLine()) {
					String[] parts = line.split(" ");
					for (int i = 1; i < parts.length; i++) {
						String word = parts[i];
						if (word.length() >= 2 && word.length() <= 4 && word.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)
								&& CoreDictionary.getTermFrequency(word) > 0) {
							words.add(word);
						}
					}
				}
			}
			String[] sorted = words.stream().sorted(Comparator.comparingInt((String w) -> -CoreDictionary.getTermFrequency(w)).thenComparing(w -> w))
				.toArray(String[]::new);
			long[] cumulative = new long[sorted.length];
			long sum = 0;
			for (int i = 0; i < sorted.length; i++) {
				sum += CoreDictionary.getTermFrequency(sorted[i]);
				cumulative[i] = sum;
			}
			return new Vocabulary(sorted, cumulative, new java.util.HashMap<>());
		}

		List<String> sample(Random random, int count) {
			List<String> sample = new ArrayList<>(count);
			long total = cumulative[cumulative.length - 1];
			for (int i = 0; i < count; i++) {
				int index = Arrays.binarySearch(cumulative, (long) (random.nextDouble() * total) + 1);
				sample.add(words[index >= 0 ? index : -index - 1]);
			}
			return sample;
		}

		String tokens(List<String> text) {
			StringBuilder tokens = new StringBuilder();
			for (String word : text) {
				if (!tokens.isEmpty()) {
					tokens.append(' ');
				}
				tokens.append(segmented.computeIfAbsent(word, w -> String.join(" ",
						INDEX_MODE.seg(w).stream().map(term -> term.word).toList())));
			}
			return tokens.toString();
		}

		List<String> byRank(int from, int count) {
			return Arrays.asList(words).subList(from, from + count);
		}
	}
}
