package org.luoshi.supervision.ledger.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springdoc.core.annotations.ParameterObject;
import jakarta.servlet.http.HttpServletResponse;

import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.web.AuditedExport;
import org.luoshi.supervision.ledger.LedgerService;
import org.luoshi.supervision.web.TaskFilterParameters;
import org.luoshi.supervision.ledger.LedgerLayout;
import org.springframework.http.MediaType;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/tasks")
@Tag(name = "Ledgers", description = "Tasks in and out of Excel in the usual layout: the task breakdown table (序号, 任务内容, 牵头单位, "
		+ "责任单位, 完成时限) and the ledger (with 进展情况 and 状态).")
@PreAuthorize("hasAuthority('supervision:read')")
class LedgerApiController {

	private final LedgerService ledger;
	private final LedgerFiles files;

	LedgerApiController(LedgerService ledger, LedgerFiles files) {
		this.ledger = ledger;
		this.files = files;
	}

	@GetMapping(value = "/export.xlsx", produces = LedgerFiles.XLSX)
	@AuditedExport("supervision.tasks.exported")
	@Operation(summary = "Export the tasks a filter selects as .xlsx", description = "`layout=breakdown` (default) or `ledger`; the "
			+ "filters of GET /api/v1/tasks.")
	void export(@RequestParam(required = false) String layout, @ParameterObject TaskFilterParameters parameters, HttpServletResponse response)
			throws IOException {
		LedgerLayout form = LedgerFiles.layout(layout);
		var filter = parameters.toFilter();
		files.attach(response, LedgerFiles.fileName(form));
		ledger.export(filter, form, CurrentActor.get(), response.getOutputStream());
	}

	@PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('supervision:manage')")
	@Operation(summary = "Import a task breakdown table (.xlsx) into a goal (supervision:manage)", description = "Parts `file`, "
			+ "`goalId` and `issue` (true: every task goes to its lead unit at once). All rows or none: any bad row answers 400 "
			+ "with every problem, its field naming the row and column (`row 5 牵头单位`).")
	Map<String, Integer> importFile(@RequestPart(value = "file", required = false) MultipartFile file,
			@RequestParam(required = false) Long goalId, @RequestParam(defaultValue = "false") boolean issue) throws IOException {
		if (goalId == null) {
			throw new ValidationException(Violation.of("goalId", "validation.required"));
		}
		if (file == null || file.isEmpty()) {
			throw new ValidationException(Violation.of("file", "supervision.ledger.file.empty"));
		}
		LedgerService.ImportResult result = ledger.importInto(goalId, file.getBytes(), issue, CurrentActor.get());
		if (!result.succeeded()) {
			throw new ValidationException(LedgerFiles.violations(result.problems()));
		}
		return Map.of("imported", result.imported(), "issued", result.issued());
	}
}
