package org.luoshi.shared.database;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;

/**
 * Reading a column the driver does not hand over as wanted. A nullable number needs nothing here:
 * {@code rs.getObject(column, Long.class)} is {@code null} for SQL NULL.
 */
public final class Columns {

	private Columns() {
	}

	/** A {@code timestamptz} column as an instant, {@code null} for SQL NULL. */
	public static Instant instant(ResultSet rs, String column) throws SQLException {
		Timestamp timestamp = rs.getTimestamp(column);
		return timestamp == null ? null : timestamp.toInstant();
	}
}
