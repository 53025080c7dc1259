package org.luoshi.shared.database;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Metrics that are facts in the database (a backlog, the age of the oldest waiting row, when a job last succeeded):
 * each module names its own with one SQL query. They are read every {@code luoshi.metrics.refresh} (30 s) into
 * memory, so a scrape never waits for the database — and during an outage the gauges keep their last values and
 * {@code luoshi.metrics.refresh.failed} says so. A query answers rows of (label, value): with a label column the
 * gauge is tagged by it, e.g. one value per job.
 */
@Component
public class DatabaseGauges {

	private static final Logger log = LoggerFactory.getLogger(DatabaseGauges.class);

	private final JdbcClient jdbc;
	private final MeterRegistry registry;
	private final List<Query> queries = new CopyOnWriteArrayList<>();
	private volatile double failed;

	DatabaseGauges(JdbcClient jdbc, MeterRegistry registry) {
		this.jdbc = jdbc;
		this.registry = registry;
		Gauge.builder("luoshi.metrics.refresh.failed", () -> failed).description("1 when the last reading of the database gauges failed")
			.register(registry);
	}

	/** A gauge whose value is the first column of the query's single row. */
	public void gauge(String name, String description, String sql) {
		queries.add(new Query(name, description, null, sql));
	}

	/** One gauge per row: the first column is the value of tag {@code tag}, the second the gauge's value. */
	public void gaugePerRow(String name, String description, String tag, String sql) {
		queries.add(new Query(name, description, tag, sql));
	}

	@Scheduled(fixedDelayString = "${luoshi.metrics.refresh:PT30S}", initialDelayString = "PT5S")
	public void refresh() {
		boolean anyFailed = false;
		for (Query query : queries) {
			try {
				if (query.tag() == null) {
					Number value = jdbc.sql(query.sql()).query((rs, row) -> (Number) rs.getObject(1)).list().stream().findFirst().orElse(null);
					query.set(null, value);
				}
				else {
					jdbc.sql(query.sql()).query((rs, row) -> {
						query.set(rs.getString(1), (Number) rs.getObject(2));
						return null;
					}).list();
				}
			}
			catch (RuntimeException e) {
				anyFailed = true;
				log.debug("Could not read gauge {}: {}", query.name(), e.toString());
			}
		}
		failed = anyFailed ? 1 : 0;
	}

	private final class Query {

		private final String name;
		private final String description;
		private final String tag;
		private final String sql;
		private final Map<String, double[]> values = new ConcurrentHashMap<>();

		Query(String name, String description, String tag, String sql) {
			this.name = name;
			this.description = description;
			this.tag = tag;
			this.sql = sql;
		}

		String name() {
			return name;
		}

		String tag() {
			return tag;
		}

		String sql() {
			return sql;
		}

		void set(String label, Number value) {
			String key = label == null ? "" : label;
			double[] holder = values.computeIfAbsent(key, k -> {
				double[] created = { Double.NaN };
				Gauge.builder(name, created, held -> held[0]).description(description)
					.tags(label == null ? Tags.empty() : Tags.of(tag, label))
					.register(registry);
				return created;
			});
			holder[0] = value == null ? 0 : value.doubleValue();
		}
	}
}
