package org.luoshi.shared.workbook;

import java.util.Comparator;
import java.util.List;

import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;

/**
 * An uploaded table was refused and nothing of it was written: every problem found, in row order, at most
 * {@link #LISTED} of them (a wrong file would otherwise list thousands).
 */
public class ImportRefusedException extends RuntimeException {

	public static final int LISTED = 200;

	private final transient List<ImportProblem> problems;

	public ImportRefusedException(List<ImportProblem> problems) {
		super(problems.size() + " problems");
		List<ImportProblem> sorted = problems.stream().sorted(Comparator.comparingInt(ImportProblem::row)).toList();
		this.problems = sorted.size() > LISTED ? sorted.subList(0, LISTED) : sorted;
	}

	/** The file as a whole was refused for one reason. */
	public static ImportRefusedException of(int row, String messageKey) {
		return new ImportRefusedException(List.of(new ImportProblem(row, null, messageKey, List.of())));
	}

	public List<ImportProblem> problems() {
		return problems;
	}

	/** The API's one shape of bad input: each problem on the field {@code row <n> <column>}. */
	public ValidationException asValidation() {
		return new ValidationException(problems.stream()
			.map(problem -> Violation.of("row " + problem.row() + (problem.column() == null ? "" : " " + problem.column()), problem.messageKey(),
					problem.argumentArray()))
			.toList());
	}
}
