package org.luoshi.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.luoshi.audit.AuditFixtures.actAs;
import static org.luoshi.audit.AuditFixtures.entriesAfter;
import static org.luoshi.audit.AuditFixtures.newestEntryId;
import static org.luoshi.audit.AuditFixtures.page;
import static org.luoshi.audit.AuditFixtures.requestToken;
import static org.luoshi.audit.AuditFixtures.signedInToPages;
import static org.luoshi.audit.AuditFixtures.tamper;

import java.io.InputStream;
import java.math.BigDecimal;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.luoshi.audit.internal.AuditEntry;
import org.luoshi.audit.internal.AuditEntry.FieldChange;
import org.luoshi.audit.internal.AuditTrail;
import org.luoshi.audit.internal.ChainVerification;
import org.luoshi.identity.AccountDirectory;
import org.luoshi.identity.AccountSummary;
import org.luoshi.identity.LoginAttempted;
import org.luoshi.organization.OrganizationAdministration;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.UnitCommands.UpdateUnit;
import org.luoshi.organization.UnitSummary;
import org.luoshi.shared.Actor;
import org.luoshi.shared.AuditableEvent.Change;
import org.luoshi.shared.Changes;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.RecordChanged;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.web.Attention;
import org.luoshi.shared.web.AttentionProvider;
import org.luoshi.support.IntegrationTest;
import org.luoshi.support.Messages;
import org.luoshi.support.TestDatabaseEnvironment;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.transaction.support.TransactionTemplate;

@IntegrationTest
class AuditIntegrationTests {

	@Autowired
	Messages messages;

	@LocalServerPort
	int port;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	TransactionTemplate transactions;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	OrganizationAdministration administration;

	@Autowired
	OrganizationDirectory directory;

	@Autowired
	AccountDirectory accounts;

	@Autowired
	AuditTrail trail;

	@Autowired
	List<AttentionProvider> attentionProviders;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void recordsAWriteWithItsActorActionAndTheChangedValuesOnly() {
		Actor admin = actAsSystemAdmin();
		UnitSummary unit = someOffice();
		long mark = newestEntryId(jdbc);

		UnitSummary renamed = administration.updateUnit(rename(unit, unit.name() + "（审计）"));
		try {
			List<AuditEntry> entries = entriesAfter(trail, mark);
			assertThat(entries).hasSize(1);
			AuditEntry entry = entries.get(0);
			assertThat(entry.action()).isEqualTo("organization.unit.updated");
			assertThat(entry.actorAccountId()).isEqualTo(admin.accountId());
			assertThat(entry.actorUsername()).isEqualTo("demo-sysadmin");
			assertThat(entry.actorName()).isEqualTo(admin.displayName());
			assertThat(entry.ipAddress()).as("no HTTP request behind this call").isNull();
			assertThat(entry.targetType()).isEqualTo("unit");
			assertThat(entry.targetId()).isEqualTo(String.valueOf(unit.id()));
			assertThat(entry.targetLabel()).isEqualTo(unit.name() + "（审计）");
			assertThat(entry.changeList()).containsExactly(new FieldChange("name", unit.name(), unit.name() + "（审计）"));
			assertThat(entry.occurredAt()).isBetween(Instant.now().minusSeconds(60), Instant.now());
		}
		finally {
			administration.updateUnit(rename(renamed, unit.name()));
		}
	}

	@Test
	void recordsNothingForARejectedWrite() {
		actAsSystemAdmin();
		UnitSummary unit = someOffice();
		long mark = newestEntryId(jdbc);

		assertThatThrownBy(() -> administration.updateUnit(rename(unit, " "))).isInstanceOf(ValidationException.class);

		assertThat(entriesAfter(trail, mark)).isEmpty();
	}

	@Test
	void rollsTheEntryBackWithTheWriteItRecords() {
		actAsSystemAdmin();
		UnitSummary unit = someOffice();
		long mark = newestEntryId(jdbc);

		transactions.executeWithoutResult(status -> {
			administration.updateUnit(rename(unit, unit.name() + "（回滚）"));
			status.setRollbackOnly();
		});

		assertThat(directory.findUnit(unit.id()).orElseThrow().name()).isEqualTo(unit.name());
		assertThat(entriesAfter(trail, mark)).isEmpty();
	}

	@Test
	void recordsFailedAndSuccessfulSignInsWithTheClientAddress() throws Exception {
		AccountSummary dept = accounts.findByUsername("demo-dept").orElseThrow();
		long mark = newestEntryId(jdbc);

		assertThat(requestToken(port, "demo-dept", "not-the-password").statusCode()).isEqualTo(401);
		assertThat(requestToken(port, "demo-dept", TestDatabaseEnvironment.DEMO_PASSWORD).statusCode()).isEqualTo(200);

		List<AuditEntry> entries = entriesAfter(trail, mark);
		assertThat(entries).extracting(AuditEntry::action).containsExactly("identity.login.bad-credentials", "identity.login.success");
		AuditEntry failure = entries.get(0);
		assertThat(failure.actorUsername()).isEqualTo("demo-dept");
		assertThat(failure.actorAccountId()).as("a failed attempt does not prove who tried").isNull();
		assertThat(failure.ipAddress()).isEqualTo("127.0.0.1");
		assertThat(failure.userAgent()).startsWith("Java-http-client");
		assertThat(failure.targetId()).isEqualTo(String.valueOf(dept.id()));
		assertThat(failure.changeList()).containsExactly(new FieldChange("channel", null, "api"));
		AuditEntry success = entries.get(1);
		assertThat(success.actorUsername()).isEqualTo("demo-dept");
		assertThat(success.actorAccountId()).isEqualTo(dept.id());
		assertThat(success.ipAddress()).isEqualTo("127.0.0.1");
	}

	@Test
	void databaseRefusesToUpdateDeleteOrTruncateEntries() {
		long newest = newestEntryId(jdbc);

		assertThatThrownBy(() -> jdbc.sql("UPDATE audit_entry SET target_label = 'forged' WHERE id = ?").param(newest).update())
			.isInstanceOf(DataIntegrityViolationException.class).rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("DELETE FROM audit_entry WHERE id = ?").param(newest).update())
			.isInstanceOf(DataIntegrityViolationException.class).rootCause().hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.sql("TRUNCATE audit_entry").update())
			.isInstanceOf(DataIntegrityViolationException.class).rootCause().hasMessageContaining("append-only");
		assertThat(newestEntryId(jdbc)).isEqualTo(newest);
	}

	@Test
	void verifyNamesTheEntryWhoseContentWasChanged() {
		long target = append("tamper target");
		append("after the target");
		assertThat(trail.verify().intact()).isTrue();

		tamper(transactions, jdbc, "UPDATE audit_entry SET target_label = 'forged' WHERE id = ?", target);
		try {
			ChainVerification result = trail.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.brokenId()).isEqualTo(target);
			assertThat(result.problem()).isEqualTo(ChainVerification.Problem.HASH);
		}
		finally {
			tamper(transactions, jdbc, "UPDATE audit_entry SET target_label = 'tamper target' WHERE id = ?", target);
		}
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void verifyNamesTheEntryThatFollowedARemovedOne() {
		long removed = append("to be removed");
		long next = append("follows the removed one");
		assertThat(trail.verify().intact()).as("both sealed into the chain").isTrue();
		String row = jdbc.sql("SELECT row_to_json(a)::text FROM audit_entry a WHERE id = ?").param(removed).query(String.class).single();

		tamper(transactions, jdbc, "DELETE FROM audit_entry WHERE id = ?", removed);
		try {
			ChainVerification result = trail.verify();
			assertThat(result.intact()).isFalse();
			assertThat(result.brokenId()).isEqualTo(next);
			assertThat(result.problem()).isEqualTo(ChainVerification.Problem.LINK);
		}
		finally {
			tamper(transactions, jdbc, "INSERT INTO audit_entry SELECT * FROM json_populate_record(NULL::audit_entry, CAST(? AS json))", row);
		}
		assertThat(trail.verify().intact()).isTrue();
	}

	@Test
	void appendsFromManyThreadsAtOnceKeepOneUnbrokenChain() throws Exception {
		int threads = 6;
		int each = 5;
		long mark = newestEntryId(jdbc);
		ExecutorService pool = Executors.newFixedThreadPool(threads);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<?>> done = new ArrayList<>();
		for (int t = 0; t < threads; t++) {
			int thread = t;
			done.add(pool.submit(() -> {
				start.await();
				for (int i = 0; i < each; i++) {
					RecordChanged event = RecordChanged.of("test.concurrent", "test", thread * 100 + i, "thread " + thread,
							Changes.of().field("n", null, i));
					if (thread % 2 == 0) {
						transactions.executeWithoutResult(status -> events.publishEvent(event));
					}
					else {
						// No transaction at all: the recorder opens its own, and the entry is sealed after it commits.
						events.publishEvent(event);
					}
				}
				return null;
			}));
		}
		start.countDown();
		for (Future<?> future : done) {
			future.get(60, TimeUnit.SECONDS);
		}
		pool.shutdown();

		assertThat(entriesAfter(trail, mark)).filteredOn(entry -> entry.action().equals("test.concurrent")).hasSize(threads * each);
		ChainVerification result = trail.verify();
		assertThat(result.intact()).isTrue();
		assertThat(result.unsealed()).isZero();
		assertThat(result.checked()).isEqualTo(jdbc.sql("SELECT count(*) FROM audit_entry").query(Long.class).single());
	}

	@Test
	void keepsTheChainVerifiableForValuesThatJsonbRewrites() {
		Map<String, Change> changes = new LinkedHashMap<>();
		changes.put("金额", new Change(new BigDecimal("1.50"), 1e20));
		changes.put("nested", new Change(Map.of("z", 1, "a", List.of(0.1, true)), Long.MAX_VALUE));
		changes.put("text", new Change("NUL\u0000 and a half pair \uD800", "emoji 😀 \"quoted\" \\ \n"));
		changes.put("when", new Change(null, Instant.parse("2026-03-01T02:03:04.123456789Z")));
		long mark = newestEntryId(jdbc);

		transactions.executeWithoutResult(status -> events.publishEvent(new RecordChanged("test.values", "test", "1", "值", changes)));

		assertThat(trail.verify().intact()).isTrue();
		AuditEntry entry = entriesAfter(trail, mark).get(0);
		assertThat(entry.changeList()).contains(new FieldChange("金额", new BigDecimal("1.50"), new BigDecimal("100000000000000000000")));
	}

	@Test
	void tellsAuditorsAboutFailedSignInsAndLockedAccounts() throws Exception {
		requestToken(port, "no-such-user", "whatever-password");
		events.publishEvent(new LoginAttempted("demo-someone", 999_999L, "page", "locked-now"));
		Actor auditor = new Actor(1L, "auditor", "审计员", null, java.util.Set.of(Permissions.AUDIT_READ));
		Actor handler = new Actor(2L, "handler", "经办人", null, java.util.Set.of(Permissions.ORGANIZATION_READ));

		List<Attention> forAuditor = attentionProviders.stream().flatMap(provider -> provider.attentionFor(auditor).stream()).toList();
		List<Attention> forHandler = attentionProviders.stream().flatMap(provider -> provider.attentionFor(handler).stream()).toList();

		assertThat(forAuditor).filteredOn(item -> item.messageKey().equals("audit.attention.failed-sign-ins"))
			.singleElement().satisfies(item -> {
				assertThat(item.count()).isGreaterThanOrEqualTo(2);
				assertThat(item.level()).isEqualTo("warning");
			});
		assertThat(forAuditor).filteredOn(item -> item.messageKey().equals("audit.attention.locked-accounts"))
			.singleElement().satisfies(item -> assertThat(item.count()).isGreaterThanOrEqualTo(1));
		assertThat(forHandler).noneMatch(item -> item.messageKey().startsWith("audit."));
	}

	@Test
	void exportsTheFilteredEntriesAsAWorkbook() throws Exception {
		HttpClient auditor = signedInToPages(port, "demo-auditor");

		HttpResponse<InputStream> response = page(auditor, port, "/audit/export.xlsx?action=identity.account.created",
				HttpResponse.BodyHandlers.ofInputStream());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Disposition")).hasValueSatisfying(value -> assertThat(value).contains(".xlsx"));
		try (InputStream body = response.body(); ReadableWorkbook workbook = new ReadableWorkbook(body)) {
			List<Row> rows = workbook.getFirstSheet().read();
			assertThat(rows.get(0).getCellText(5)).isEqualTo(messages.zh("audit.export.column.action"));
			List<Row> entries = rows.subList(1, rows.size());
			assertThat(entries).hasSizeGreaterThanOrEqualTo(5)
				.allSatisfy(row -> {
					assertThat(row.getCellText(5)).isEqualTo(messages.zh("audit.action.identity.account.created"));
					assertThat(row.getCellText(6)).isEqualTo("identity.account.created");
					assertThat(row.getCellText(10)).contains("角色: —");
				});
		}
	}

	@Test
	void showsInvalidFiltersBesideTheirFieldsAndForbidsOthers() throws Exception {
		HttpClient auditor = signedInToPages(port, "demo-auditor");
		HttpResponse<String> invalid = page(auditor, port, "/audit?from=2026-13-01&to=2026-01-01&page=x", HttpResponse.BodyHandlers.ofString());
		assertThat(invalid.statusCode()).isEqualTo(200);
		assertThat(invalid.body()).contains(messages.zh("audit.validation.date")).contains(messages.zh("validation.typeMismatch")).doesNotContain("id=\"audit-entries\"");

		HttpClient town = signedInToPages(port, "demo-town");
		assertThat(page(town, port, "/audit", HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
		assertThat(page(town, port, "/audit/verify", HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
		assertThat(page(town, port, "/audit/export.xlsx", HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(403);
	}

	private Actor actAsSystemAdmin() {
		AccountSummary account = accounts.findByUsername("demo-sysadmin").orElseThrow();
		Actor actor = new Actor(account.id(), account.username(), account.displayName(), account.scopeUnitId(),
				java.util.Set.of(Permissions.ORGANIZATION_MANAGE, Permissions.ORGANIZATION_READ));
		actAs(actor);
		return actor;
	}

	/** An office deep in the tree, which no other test looks up by name. */
	private UnitSummary someOffice() {
		return directory.allUnits().stream().filter(unit -> unit.depth() >= 2).reduce((first, second) -> second).orElseThrow();
	}

	private static UpdateUnit rename(UnitSummary unit, String name) {
		return new UpdateUnit(unit.id(), unit.version(), name, unit.shortName(), unit.type(), unit.divisionCode(), unit.sortOrder());
	}

	/** Appends one entry through the ordinary path and returns its id. */
	private long append(String label) {
		transactions.executeWithoutResult(status -> events.publishEvent(RecordChanged.of("test.appended", "test", label.length(), label,
				Changes.of().created("label", label))));
		return newestEntryId(jdbc);
	}
}
