package org.luoshi.supervision.ledger.web;

import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;

import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.web.Times;
import org.luoshi.supervision.ledger.LedgerService;
import org.luoshi.supervision.ledger.LedgerLayout;
import org.luoshi.supervision.ledger.LedgerProblem;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.stereotype.Component;

/** The Excel side of the pages and the API alike: which form to write, how the file goes out, how problems read. */
@Component
class LedgerFiles {

	static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

	private final Times times;

	LedgerFiles(Times times) {
		this.times = times;
	}

	/** {@code breakdown} (the default) or {@code ledger}. */
	static LedgerLayout layout(String value) {
		if (value == null || value.isBlank() || value.equalsIgnoreCase("breakdown")) {
			return LedgerLayout.BREAKDOWN;
		}
		if (value.equalsIgnoreCase("ledger")) {
			return LedgerLayout.LEDGER;
		}
		throw new ValidationException(Violation.of("layout", "supervision.value.invalid", value, "breakdown, ledger"));
	}

	/** Prepares the response for a workbook named after its form and today's date. */
	void attach(HttpServletResponse response, String name) {
		response.setContentType(XLSX);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment()
			.filename(name + "-" + times.today() + ".xlsx", StandardCharsets.UTF_8)
			.build()
			.toString());
	}

	static String fileName(LedgerLayout layout) {
		return layout == LedgerLayout.BREAKDOWN ? "任务分解表" : "台账";
	}

	/** An import's problems as violations: the field names the row and the column as the file has them. */
	static List<Violation> violations(List<LedgerProblem> problems) {
		return problems.stream()
			.map(problem -> Violation.of(problem.row() == 0 ? "file" : "row " + problem.row() + (problem.column() == null ? ""
					: " " + problem.column()), problem.messageKey(), problem.argumentArray()))
			.toList();
	}
}
