package org.luoshi.enterprise.benchmarks;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.luoshi.enterprise.CreditCode;
import org.luoshi.enterprise.internal.EnterpriseImport;
import org.luoshi.enterprise.internal.EnterpriseSearchBacklog;
import org.luoshi.shared.Actor;
import org.luoshi.shared.Permissions;
import org.luoshi.support.IntegrationTest;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyManager;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.io.FileSystemResource;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * How long importing a market-regulation register of {@value #ROWS} enterprises takes, next to PostgreSQL's bare
 * {@code COPY} of the same file into a table of the same columns, in the same run. Not part of {@code mvn test} (the
 * name does not end in Tests); run it with
 *
 * <pre>
 * LUOSHI_TEST_DB_URL=jdbc:postgresql://127.0.0.1:5432/postgres LUOSHI_TEST_DB_USER=postgres \
 *   mvn -q -o test-compile surefire:test@default-test -Dtest=EnterpriseImportBenchmark -Dbench.rows=100000
 * </pre>
 */
@IntegrationTest
class EnterpriseImportBenchmark {

	static final int ROWS = Integer.getInteger("bench.rows", 100_000);
	private static final String[] TOWNS = { "440703002", "440703005", "440703006", "440703101", "440703102", "440703103" };
	private static final String[] INDUSTRIES = { "制造业", "批发和零售业", "C3982", "信息传输、软件和信息技术服务业", "建筑业" };
	private static final String[] SCALES = { "小型", "微型", "中型", "大型", "" };

	@Autowired
	EnterpriseImport importer;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	DataSource dataSource;

	@Autowired
	EnterpriseSearchBacklog searchBacklog;

	@Test
	void importsARegisterAndCopiesItBare() throws Exception {
		Actor office = new Actor(null, "bench", "基准测试", null, Set.of(Permissions.ENTERPRISE_READ, Permissions.ENTERPRISE_MANAGE));
		Path warmUp = register(2_000, 7);
		assertThat(importer.importFile("warm-up.csv", new FileSystemResource(warmUp), office).succeeded()).isTrue();
		awaitSearchBacklog();

		Path file = register(ROWS, 1);
		long start = System.nanoTime();
		EnterpriseImport.Outcome outcome = importer.importFile("bench.csv", new FileSystemResource(file), office);
		long importMillis = (System.nanoTime() - start) / 1_000_000;
		assertThat(outcome.problems()).isEmpty();
		assertThat(outcome.created()).isEqualTo(ROWS);
		awaitSearchBacklog();
		long searchableMillis = (System.nanoTime() - start) / 1_000_000;
		assertThat(jdbc.sql("SELECT count(*) FROM search_document WHERE type = 'enterprise' AND title LIKE '江门市基准1-%'")
			.query(Integer.class).single()).isEqualTo(ROWS);

		start = System.nanoTime();
		EnterpriseImport.Outcome again = importer.importFile("bench.csv", new FileSystemResource(file), office);
		long unchangedMillis = (System.nanoTime() - start) / 1_000_000;
		assertThat(again.unchanged()).isEqualTo(ROWS);

		// The floor: PostgreSQL's COPY of the same file into a table of its columns, and of the same enterprises, checked and
		// normalized, into a table like the registry's with its indexes and constraints.
		jdbc.sql("DROP TABLE IF EXISTS bench_copy").update();
		jdbc.sql("""
				CREATE TABLE bench_copy (credit_code text, name text, kind text, legal_representative text, capital text, founded text,
				    authority text, address text, status text, industry text, scale text, town text)""").update();
		jdbc.sql("DROP TABLE IF EXISTS bench_enterprise").update();
		jdbc.sql("CREATE TABLE bench_enterprise (LIKE enterprise INCLUDING ALL)").update();
		long copyMillis;
		long copyIndexedMillis;
		Path registryRows = Files.createTempFile("bench-registry-", ".txt");
		try (Connection connection = dataSource.getConnection()) {
			CopyManager copy = connection.unwrap(PGConnection.class).getCopyAPI();
			start = System.nanoTime();
			try (Reader in = Files.newBufferedReader(file)) {
				assertThat(copy.copyIn("COPY bench_copy FROM STDIN (FORMAT csv, HEADER true)", in)).isEqualTo(ROWS);
			}
			copyMillis = (System.nanoTime() - start) / 1_000_000;
			try (Writer out = Files.newBufferedWriter(registryRows)) {
				copy.copyOut("COPY (SELECT * FROM enterprise WHERE credit_code LIKE '91440703B1%') TO STDOUT", out);
			}
			start = System.nanoTime();
			try (Reader in = Files.newBufferedReader(registryRows)) {
				assertThat(copy.copyIn("COPY bench_enterprise FROM STDIN", in)).isEqualTo(ROWS);
			}
			copyIndexedMillis = (System.nanoTime() - start) / 1_000_000;
		}
		finally {
			Files.deleteIfExists(registryRows);
			Files.deleteIfExists(file);
			Files.deleteIfExists(warmUp);
		}
		jdbc.sql("DROP TABLE bench_copy").update();
		jdbc.sql("DROP TABLE bench_enterprise").update();
		// The tests log warnings only (logback-test.xml): the figures go to the console.
		System.out.printf(java.util.Locale.ROOT, "%nBENCHMARK enterprise import of %d rows: %d ms (%d rows/s); all found by search "
				+ "%d ms after the import began; the same file again, all unchanged: %d ms; bare COPY of the file: %d ms; COPY of the "
				+ "same enterprises into a table like the registry's: %d ms; import / bare COPY = %.1f; import / registry-like COPY = %.1f%n",
				ROWS, importMillis, ROWS * 1000L / Math.max(1, importMillis), searchableMillis, unchangedMillis, copyMillis,
				copyIndexedMillis, (double) importMillis / Math.max(1, copyMillis), (double) importMillis / Math.max(1, copyIndexedMillis));
	}

	private void awaitSearchBacklog() throws InterruptedException {
		while (searchBacklog.waiting() > 0) {
			Thread.sleep(100);
		}
	}

	/** A register in market regulation's layout, towns, industries and sizes in turn, every code computed: a file. */
	private static Path register(int rows, int series) throws IOException {
		Path file = Files.createTempFile("bench-register-", ".csv");
		try (Writer csv = Files.newBufferedWriter(file)) {
			csv.append("统一社会信用代码,企业名称,企业类型,法定代表人,注册资本,成立日期,登记机关,住所,登记状态,行业门类,企业规模,区划代码\n");
			StringBuilder row = new StringBuilder(300);
			for (int i = 0; i < rows; i++) {
				String subject = "B" + series + String.format("%06d", i);
				String code = CreditCode.of("91440703" + subject + CreditCode.subjectCheckCharacter(subject)).value();
				row.setLength(0);
				row.append(code).append(",江门市基准").append(series).append('-').append(i).append("制造有限公司,有限责任公司（自然人投资或控股）,")
					.append("张").append(i % 100).append(",100万元人民币,2020-01-01,江门市蓬江区市场监督管理局,江门市蓬江区基准路").append(i)
					.append("号,存续（在营、开业、在册）,").append(INDUSTRIES[i % INDUSTRIES.length]).append(',').append(SCALES[i % SCALES.length])
					.append(',').append(TOWNS[i % TOWNS.length]).append('\n');
				csv.append(row);
			}
		}
		return file;
	}
}
