package org.luoshi.supervision.ledger;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;

/** Breakdown tables (任务分解表) of any size, as an office fills them in, for tests and benchmarks outside this package. */
public final class BreakdownTables {

	private BreakdownTables() {
	}

	/**
	 * A table of {@code tasks} rows, fifty to a group, led by {@code lead} with {@code coUnits} co-operating, each due a
	 * day after the one before from {@code firstDeadline}.
	 */
	public static byte[] of(int tasks, String lead, List<String> coUnits, LocalDate firstDeadline) {
		List<LedgerRow> rows = new ArrayList<>(tasks);
		for (int i = 0; i < tasks; i++) {
			rows.add(LedgerRow.task(Integer.toString(i % 50 + 1), "第" + (i / 50 + 1) + "组重点任务",
					"推进第" + (i + 1) + "项重点工作，加快建设现代化产业体系，全面优化营商环境，确保按期完成年度目标任务", List.of(lead), coUnits,
					firstDeadline.plusDays(i % 365)));
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			new TaskLedgerWriter().write(LedgerLayout.BREAKDOWN, "重点任务分解表", LocalDateTime.of(2026, 12, 1, 10, 0), rows, out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}
}
