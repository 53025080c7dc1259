package org.luoshi.enterprise.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.luoshi.enterprise.EnterpriseScale;
import org.luoshi.enterprise.EnterpriseTag;
import org.luoshi.enterprise.IndustrySection;
import org.luoshi.enterprise.internal.EnterpriseFilter;
import org.luoshi.enterprise.internal.EnterpriseImport;
import org.luoshi.enterprise.internal.EnterpriseInput;
import org.luoshi.enterprise.internal.EnterpriseInput.ContactInput;
import org.luoshi.enterprise.internal.EnterpriseRecord;
import org.luoshi.enterprise.internal.EnterpriseService;
import org.luoshi.enterprise.internal.EnterpriseSheets;
import org.luoshi.shared.Actor;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.Page;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.web.AuditedExport;
import org.springframework.core.io.FileSystemResource;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

@RestController
@RequestMapping("/api/v1/enterprises")
@Tag(name = "Enterprises", description = """
		The enterprise registry (企业名录), keyed by the unified social credit code (统一社会信用代码). Needs enterprise:read; \
		writes and imports enterprise:manage. A caller sees the enterprises of the towns their data scope reaches (the whole \
		district for the district office); another town's enterprise answers 404, exactly like one that does not exist. \
		Contacts' phones and e-mail addresses are masked (138****5678) in lists and exports, and on one enterprise unless the \
		caller manages its town (`contactsMasked` says which). A credit code whose check character (18th) is wrong answers 400, \
		the message naming the character the first seventeen call for; a subject code (主体标识码) failing its own GB 11714 check \
		is accepted with a warning in `warnings`.""")
@PreAuthorize("hasAuthority('enterprise:read')")
class EnterpriseApiController {

	private final EnterpriseService registry;
	private final EnterpriseExports exports;
	private final EnterpriseImport importer;
	private final EnterpriseTexts texts;

	EnterpriseApiController(EnterpriseService registry, EnterpriseExports exports, EnterpriseImport importer, EnterpriseTexts texts) {
		this.registry = registry;
		this.exports = exports;
		this.importer = importer;
		this.texts = texts;
	}

	record ContactJson(String name, String role, String phone, String email) {
	}

	/** A warning about what was saved: the record stands, but a person should look again. */
	record WarningJson(String field, String code, String message) {
	}

	record EnterpriseJson(long id, String creditCode, String name, String legalRepresentative, String address, String divisionCode,
			String townName, String park, IndustrySection industry, EnterpriseScale scale, Set<EnterpriseTag> tags, String cppccMember,
			String note, List<ContactJson> contacts, boolean contactsMasked, List<WarningJson> warnings, int version, Instant createdAt,
			Instant updatedAt) {
	}

	record ContactRequest(String name, String role, String phone, String email) {
	}

	record EnterpriseRequest(String creditCode, String name, String legalRepresentative, String address, String divisionCode,
			String park, String industry, String scale, List<String> tags, String cppccMember, String note, List<ContactRequest> contacts,
			Integer version) {

		EnterpriseInput input() {
			return new EnterpriseInput(creditCode, name, legalRepresentative, address, divisionCode, park, industry, scale, tags,
					cppccMember, note, contacts == null ? List.of()
							: contacts.stream().map(c -> c == null ? null : new ContactInput(c.name(), c.role(), c.phone(), c.email())).toList());
		}
	}

	/** {@code day}: the district's calendar day of an entry that is of a day rather than a moment (a visit), else null. */
	record TimelineJson(Instant at, LocalDate day, String source, String text, String actorName, String link) {
	}

	record ImportJson(int rows, int created, int updated, int unchanged, int merged) {
	}

	@GetMapping
	@Operation(summary = "A page of the enterprises in the caller's scope", description = "Filters, all optional and together: `q` "
			+ "(words of the name, legal representative or address, or the start of a credit code), `division` (a town's 9-digit code), "
			+ "`industry` (a GB/T 4754 section letter A–T or an industry code such as C3982), `tag` (an EnterpriseTag), `scale` "
			+ "(LARGE, MEDIUM, SMALL, MICRO — not `size`, which is the page size). Paging as everywhere; `sort` name (default), "
			+ "creditCode, division, updatedAt. Contacts masked.")
	Page<EnterpriseJson> list(@RequestParam(required = false) String q, @RequestParam(required = false) String division,
			@RequestParam(required = false) String industry, @RequestParam(required = false) String tag,
			@RequestParam(required = false) String scale, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Integer size, @RequestParam(required = false) String sort) {
		Actor actor = CurrentActor.get();
		EnterpriseFilter filter = EnterpriseFilter.of(q, division, industry, tag, scale);
		return registry.list(filter, PageQuery.of(page, size, sort, "name", EnterpriseFilter.SORTABLE), actor)
			.map(enterprise -> json(enterprise, false));
	}

	@GetMapping("/{id}")
	@Operation(summary = "One enterprise", description = "Contacts whole for those who manage its town, masked otherwise.")
	EnterpriseJson get(@PathVariable long id) {
		Actor actor = CurrentActor.get();
		EnterpriseRecord enterprise = registry.details(id, actor);
		return json(enterprise, registry.manages(enterprise, actor));
	}

	@GetMapping("/{id}/timeline")
	@Operation(summary = "The enterprise's timeline, newest first", description = "Today the registry's own history (registered, edited "
			+ "with the fields changed, imported), visits, demands and proposals. `text` is in the language of Accept-Language; "
			+ "`day` is set for an entry of a day rather than a moment (a visit), whose `at` is only that day's start.")
	List<TimelineJson> timeline(@PathVariable long id) {
		Actor actor = CurrentActor.get();
		return registry.timeline(registry.details(id, actor), actor).stream()
			.map(entry -> new TimelineJson(entry.at(), texts.day(entry), entry.source(), texts.timeline(entry),
					entry.actorName(), entry.link()))
			.toList();
	}

	@PostMapping
	@PreAuthorize("hasAuthority('enterprise:manage')")
	@Operation(summary = "Register an enterprise in a town the caller manages", description = "Needs at least `creditCode`, `name`, "
			+ "`legalRepresentative`, `address` and `divisionCode` (the 9-digit code of the town or subdistrict, e.g. 440703101 for "
			+ "棠下镇). Optional: `park`, `industry`, `scale`, `tags` (CPPCC_MEMBER needs `cppccMember`, the member's name), `note`, "
			+ "`contacts` (at most 10). A wrong credit code, an unknown town or one outside the caller's scope answer 400 with every "
			+ "problem; a code registered already too. Answers 201 with the enterprise and its `warnings`.")
	ResponseEntity<EnterpriseJson> create(@RequestBody EnterpriseRequest request) {
		Actor actor = CurrentActor.get();
		EnterpriseRecord created = registry.register(request.input(), actor).enterprise();
		return ResponseEntity.created(URI.create("/api/v1/enterprises/" + created.id())).body(json(created, true));
	}

	@PutMapping("/{id}")
	@PreAuthorize("hasAuthority('enterprise:manage')")
	@Operation(summary = "Change an enterprise", description = "The whole record as with POST, and the `version` you read: 409 when "
			+ "someone saved in between, and nothing changes. Contacts are replaced by those sent.")
	EnterpriseJson update(@PathVariable long id, @RequestBody EnterpriseRequest request) {
		if (request.version() == null) {
			throw new ValidationException(Violation.of("version", "validation.required"));
		}
		Actor actor = CurrentActor.get();
		return json(registry.update(id, request.version(), request.input(), actor).enterprise(), true);
	}

	@GetMapping(value = "/export.{format:xlsx|csv}", produces = { EnterpriseSheets.XLSX, "text/csv" })
	@AuditedExport("enterprise.exported")
	@Operation(summary = "Export the enterprises the list's filters select, as .xlsx or .csv (UTF-8)", description = "`format` xlsx "
			+ "or csv; the filters and `sort` of the list. One row per enterprise under the headers an import reads (统一社会信用代码, "
			+ "企业名称 …), its first contact masked.")
	void export(@PathVariable String format, @RequestParam(required = false) String q, @RequestParam(required = false) String division,
			@RequestParam(required = false) String industry, @RequestParam(required = false) String tag,
			@RequestParam(required = false) String scale, @RequestParam(required = false) String sort, HttpServletResponse response)
			throws IOException {
		exports.send(EnterpriseExports.Format.of(format), q, division, industry, tag, scale, sort, response);
	}

	@PostMapping(value = "/import", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
	@PreAuthorize("hasAuthority('enterprise:manage')")
	@Operation(summary = "Import a market-regulation register (.xlsx or .csv)", description = "Part `file`. A header row with at least "
			+ "统一社会信用代码, 企业名称, 法定代表人 and 住所; the town from 区划代码, 所属镇街, 登记机关 or 住所. All rows or none: any bad "
			+ "row answers 400 with every problem, its field naming the row and column (`row 5 统一社会信用代码`). Codes repeated in the "
			+ "file are merged when the rows agree, refused when they differ; a registered code updates its enterprise.")
	ImportJson importFile(@Parameter(description = "the register, .xlsx or .csv") @RequestPart(value = "file", required = false)
			MultipartFile file) throws IOException {
		// No file, or an empty one, the importer refuses as it refuses any file: field `file`, enterprise.import.file.empty.
		return imported(importer.importFile(file == null ? null : file.getOriginalFilename(), file, CurrentActor.get()));
	}

	@PostMapping(value = "/import", consumes = "text/csv")
	@PreAuthorize("hasAuthority('enterprise:manage')")
	@Operation(summary = "Import a market-regulation register sent as the request body (CSV)", description = "For registers larger "
			+ "than an upload may be (64 MB; a million rows are about 300 MB): the body is the CSV itself, UTF-8 or GB18030, up to 1 GB; "
			+ "`fileName` names it in the enterprises' history and the audit trail. Checked and answered as the upload is.")
	ImportJson importBody(@Parameter(description = "the name the history and the audit trail give the file; ends in .csv")
			@RequestParam(defaultValue = "register.csv") String fileName, HttpServletRequest request) throws IOException {
		Path spooled = Files.createTempFile("luoshi-register-", ".csv");
		try {
			try (InputStream body = request.getInputStream(); OutputStream out = Files.newOutputStream(spooled)) {
				byte[] buffer = new byte[1 << 16];
				long total = 0;
				for (int read; (read = body.read(buffer)) >= 0;) {
					total += read;
					if (total > EnterpriseImport.MAX_BODY_BYTES) {
						throw new ValidationException(List.of(Violation.of("file", "enterprise.import.file.too-large",
								EnterpriseImport.MAX_BODY_BYTES / (1024 * 1024))));
					}
					out.write(buffer, 0, read);
				}
			}
			return imported(importer.importFile(fileName, new FileSystemResource(spooled), CurrentActor.get()));
		}
		finally {
			Files.deleteIfExists(spooled);
		}
	}

	private ImportJson imported(EnterpriseImport.Outcome outcome) {
		if (!outcome.succeeded()) {
			throw new ValidationException(texts.violations(outcome));
		}
		return new ImportJson(outcome.rows(), outcome.created(), outcome.updated(), outcome.unchanged(), outcome.merged());
	}

	private EnterpriseJson json(EnterpriseRecord enterprise, boolean whole) {
		EnterpriseRecord shown = whole ? enterprise : enterprise.withMaskedContacts();
		return new EnterpriseJson(shown.id(), shown.creditCode(), shown.name(), shown.legalRepresentative(), shown.address(),
				shown.divisionCode(), shown.townName(), shown.park(), shown.industry(), shown.scale(), shown.tags(), shown.cppccMember(),
				shown.note(), shown.contacts().stream().map(c -> new ContactJson(c.name(), c.role(), c.phone(), c.email())).toList(), !whole,
				texts.warnings(shown).stream().map(w -> new WarningJson(w.field(), w.messageKey(), texts.message(w))).toList(),
				shown.version(), shown.createdAt(), shown.updatedAt());
	}
}
