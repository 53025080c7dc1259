package org.luoshi.legalservice.requests.internal;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;

import org.luoshi.legalservice.requests.LegalRequestStatistics;
import org.luoshi.shared.web.Times;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** {@link LegalRequestStatistics} in one statement: received by the month made, closed and rated by the month closed. */
@Component
@Transactional(readOnly = true)
class LegalRequestStats implements LegalRequestStatistics {

	private final JdbcClient jdbc;
	private final Times times;

	LegalRequestStats(JdbcClient jdbc, Times times) {
		this.jdbc = jdbc;
		this.times = times;
	}

	@Override
	public List<Row> counts(LocalDate from, LocalDate to) {
		String zone = times.zone().getId();
		return jdbc.sql("""
				WITH received AS (
				    SELECT point_id, service_code, date_trunc('month', requested_at AT TIME ZONE :zone)::date AS month, count(*) AS n
				    FROM legal_request WHERE (requested_at AT TIME ZONE :zone)::date BETWEEN :from AND :to
				    GROUP BY 1, 2, 3),
				closed AS (
				    SELECT point_id, service_code, date_trunc('month', closed_at AT TIME ZONE :zone)::date AS month, count(*) AS n,
				           count(rating) AS rated, avg(rating)::float8 AS average
				    FROM legal_request WHERE status = 'CLOSED' AND (closed_at AT TIME ZONE :zone)::date BETWEEN :from AND :to
				    GROUP BY 1, 2, 3)
				SELECT coalesce(r.point_id, c.point_id) AS point_id, coalesce(r.service_code, c.service_code) AS service_code,
				       coalesce(r.month, c.month) AS month, coalesce(r.n, 0) AS received, coalesce(c.n, 0) AS closed,
				       coalesce(c.rated, 0) AS rated, c.average
				FROM received r FULL JOIN closed c ON c.point_id = r.point_id AND c.service_code = r.service_code AND c.month = r.month
				ORDER BY 3, 1, 2""")
			.param("zone", zone).param("from", from).param("to", to)
			.query((rs, n) -> new Row(rs.getLong("point_id"), rs.getString("service_code"),
					YearMonth.from(rs.getObject("month", LocalDate.class)), rs.getLong("received"), rs.getLong("closed"), rs.getLong("rated"),
					rs.getObject("average", Double.class)))
			.list();
	}
}
