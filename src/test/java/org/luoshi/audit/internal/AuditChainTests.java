package org.luoshi.audit.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;
import org.luoshi.shared.AuditableEvent.Change;

import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.json.JsonMapper;

class AuditChainTests {

	static final Instant AT = Instant.parse("2026-03-01T02:03:04.123456Z");

	@Test
	void writesTheCanonicalTextWithSortedKeysUtcInstantsAndNoWhitespace() {
		AuditChain.Content content = content("单位 A", AuditRecorder.changes(Map.of("name", new Change("旧", "新"))));

		assertThat(AuditChain.canonical(content)).isEqualTo("{\"action\":\"organization.unit.updated\",\"actorAccountId\":7,"
				+ "\"actorName\":\"陈志远\",\"actorUsername\":\"demo-admin\",\"changes\":{\"name\":{\"after\":\"新\",\"before\":\"旧\"}},"
				+ "\"id\":42,\"ipAddress\":\"127.0.0.1\",\"occurredAt\":\"2026-03-01T02:03:04.123456Z\",\"targetId\":\"12\","
				+ "\"targetLabel\":\"单位 A\",\"targetType\":\"unit\",\"userAgent\":null}");
	}

	@Test
	void readsBackWhatJsonbMakesOfTheStoredChanges() {
		Map<String, Change> changes = new LinkedHashMap<>();
		changes.put("zeta", new Change(new BigDecimal("1.50"), 1e20));
		changes.put("alpha", new Change(Map.of("b", 2, "a", List.of(1, 0.1)), Long.MAX_VALUE));
		changes.put("type", new Change(Thread.State.NEW, AT.plusNanos(789)));
		SortedMap<String, Object> stored = AuditRecorder.changes(changes);

		// As PostgreSQL prints the JSONB back: keys by length, then bytes; its own spacing; exponents expanded.
		String jsonbText = "{\"type\": {\"after\": \"2026-03-01T02:03:04.123456Z\", \"before\": \"NEW\"}, "
				+ "\"zeta\": {\"after\": 100000000000000000000, \"before\": 1.50}, "
				+ "\"alpha\": {\"after\": 9223372036854775807, \"before\": {\"a\": [1, 0.1], \"b\": 2}}}";
		JsonMapper json = JsonMapper.builder().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS).build();
		Object readBack = AuditChain.normalize(json.readValue(jsonbText, Object.class));

		assertThat(AuditChain.json(readBack)).isEqualTo(AuditChain.json(stored));
	}

	@Test
	void anyChangedFieldOrPredecessorChangesTheHash() {
		AuditChain.Content content = content("单位 A", new TreeMap<>());
		String hash = AuditChain.hash(AuditChain.GENESIS, content);

		assertThat(hash).matches("[0-9a-f]{64}").isEqualTo(AuditChain.hash(AuditChain.GENESIS, content));
		assertThat(AuditChain.hash(AuditChain.GENESIS, content("单位 B", new TreeMap<>()))).isNotEqualTo(hash);
		assertThat(AuditChain.hash("1".repeat(64), content)).isNotEqualTo(hash);
	}

	@Test
	void replacesWhatPostgresqlTextCannotHold() {
		assertThat(AuditChain.text("a\u0000b")).isEqualTo("a\uFFFDb");
		assertThat(AuditChain.text("x\uD800y")).isEqualTo("x\uFFFDy");
		assertThat(AuditChain.text("😀")).isEqualTo("😀");
	}

	@Test
	void truncatesWithoutSplittingASurrogatePair() {
		assertThat(AuditChain.truncate("ab😀", 3)).isEqualTo("ab");
		assertThat(AuditChain.truncate("ab😀", 4)).isEqualTo("ab😀");
		assertThat(AuditChain.truncate("abcdef", 3)).isEqualTo("abc");
	}

	@Test
	void normalizesNumbersToPlainDecimalsAndKeepsNonFiniteOnesAsText() {
		assertThat(AuditChain.json(AuditChain.normalize(List.of(1, 2L, 1.0, 1e-3, new BigDecimal("1E+3"), Double.NaN))))
			.isEqualTo("[1,2,1.0,0.001,1000,\"NaN\"]");
	}

	@Test
	void recordsIpv6AddressesInTheirShortForm() {
		assertThat(AuditRecorder.address("0:0:0:0:0:0:0:1")).isEqualTo("::1");
		assertThat(AuditRecorder.address("2001:0DB8:0:0:1:0:0:1")).isEqualTo("2001:db8::1:0:0:1");
		assertThat(AuditRecorder.address("fe80:0:0:0:0:0:0:0")).isEqualTo("fe80::");
		assertThat(AuditRecorder.address("2001:db8:1:2:3:4:0:5")).isEqualTo("2001:db8:1:2:3:4:0:5");
		assertThat(AuditRecorder.address("127.0.0.1")).isEqualTo("127.0.0.1");
	}

	private static AuditChain.Content content(String label, SortedMap<String, Object> changes) {
		return new AuditChain.Content(42, AT, 7L, "demo-admin", "陈志远", "127.0.0.1", null, "organization.unit.updated", "unit", "12",
				label, changes);
	}
}
