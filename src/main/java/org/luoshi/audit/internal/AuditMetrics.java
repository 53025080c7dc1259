package org.luoshi.audit.internal;

import java.time.Instant;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;

import org.luoshi.shared.database.DatabaseGauges;
import org.springframework.stereotype.Component;

/** The chain's length, what waits to be sealed, and this instance's last verification (when, and whether intact). */
@Component
class AuditMetrics {

	private volatile double lastVerifiedAt = Double.NaN;
	private volatile double lastIntact = Double.NaN;

	AuditMetrics(DatabaseGauges gauges, MeterRegistry registry) {
		gauges.gauge("luoshi.audit.chain.length", "Entries sealed into the hash chain", "SELECT coalesce(max(sequence), 0) FROM audit_entry");
		gauges.gauge("luoshi.audit.unsealed", "Committed entries not yet sealed into the chain",
				"SELECT count(*) FROM audit_entry WHERE sequence IS NULL");
		gauges.gauge("luoshi.audit.unsealed.oldest.seconds", "Age of the oldest entry not yet sealed",
				"SELECT coalesce(extract(epoch FROM clock_timestamp() - min(occurred_at)), 0) FROM audit_entry WHERE sequence IS NULL");
		Gauge.builder("luoshi.audit.verification.timestamp", () -> lastVerifiedAt)
			.description("When this instance last verified the chain (epoch seconds)")
			.register(registry);
		Gauge.builder("luoshi.audit.verification.intact", () -> lastIntact)
			.description("1 when the last verification found the chain intact, 0 when broken")
			.register(registry);
	}

	void verified(ChainVerification result) {
		lastVerifiedAt = Instant.now().getEpochSecond();
		lastIntact = result.intact() ? 1 : 0;
	}
}
