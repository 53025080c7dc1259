package org.luoshi.supervision.ledger;

import java.io.Serializable;
import java.util.List;

/**
 * What {@link TaskLedgerReader} made of a file: the tasks it could read whole and every problem it found, in the
 * order of the file. A caller that imports all or nothing imports the tasks only when there is no problem.
 *
 * @param tasks every task row without a problem; empty when the file as a whole could not be read
 */
public record LedgerReading(List<ImportedTask> tasks, List<LedgerProblem> problems) implements Serializable {

	public LedgerReading {
		tasks = List.copyOf(tasks);
		problems = List.copyOf(problems);
	}

	static LedgerReading refused(LedgerProblem problem) {
		return new LedgerReading(List.of(), List.of(problem));
	}

	public boolean succeeded() {
		return problems.isEmpty();
	}
}
