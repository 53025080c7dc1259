package org.luoshi.audit.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.tags.Tag;

import org.luoshi.audit.internal.AuditEntry;
import org.luoshi.audit.internal.AuditFilter;
import org.luoshi.audit.internal.AuditTrail;
import org.luoshi.audit.internal.ChainVerification;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The audit trail for auditors' tools; everyone else gets 403 problem+json. */
@RestController
@RequestMapping("/api/v1/audit")
@Tag(name = "Audit", description = "The append-only, hash-chained trail of every write and sign-in attempt (auditors only)")
@PreAuthorize("hasAuthority('audit:read')")
public class AuditApiController {

	static final int DEFAULT_LIMIT = 50;
	static final int MAX_LIMIT = 1000;

	private final AuditTrail trail;

	AuditApiController(AuditTrail trail) {
		this.trail = trail;
	}

	public record ActorView(Long accountId, String username, String name) {
	}

	public record TargetView(String type, String id, String label) {
	}

	public record ChangeView(Object before, Object after) {
	}

	/** @param sequence the entry's place in the hash chain; it, {@code previousHash} and {@code hash} are null until sealed (within seconds) */
	public record EntryView(long id, Instant occurredAt, ActorView actor, String ipAddress, String userAgent, String action,
			TargetView target, Map<String, ChangeView> changes, Long sequence, String previousHash, String hash) {
	}

	/** @param nextBefore pass as {@code before} to continue further back; {@code null} once fewer than {@code limit} entries came back */
	public record EntriesView(List<EntryView> items, int limit, Long nextBefore) {
	}

	/** @param unsealed committed entries the chain does not cover yet (written while the verification ran) */
	public record VerificationView(boolean intact, long checked, String head, Long brokenId, ChainVerification.Problem problem,
			long unsealed) {
	}

	@GetMapping
	@Operation(summary = "The newest audit entries first",
			description = "Filters as on the audit page: `from`/`to` are days (yyyy-MM-dd, Asia/Shanghai, both included), `action` is a "
					+ "prefix (`identity.login.` = every sign-in attempt), `text` is looked for in the target's label. "
					+ "Continue further back with `before` = the answer's `nextBefore`. Requires the audit:read permission. "
					+ "An auditor with a data scope gets only the entries about units of that subtree; phone numbers and e-mail "
					+ "addresses in `changes` are masked.")
	public EntriesView list(
			@Parameter(description = "How many entries, 1 to 1000") @RequestParam(required = false) Integer limit,
			@Parameter(description = "Only entries older than this entry id") @RequestParam(required = false) Long before,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to,
			@RequestParam(required = false) String actor, @RequestParam(required = false) String action,
			@RequestParam(required = false) String targetType, @RequestParam(required = false) String targetId,
			@RequestParam(required = false) String text) {
		List<Violation> violations = new ArrayList<>();
		int size = limit == null ? DEFAULT_LIMIT : limit;
		if (size < 1 || size > MAX_LIMIT) {
			violations.add(Violation.of("limit", "audit.validation.limit", MAX_LIMIT));
		}
		AuditFilter filter = null;
		try {
			filter = AuditFilter.parse(from, to, actor, action, targetType, targetId, text);
		}
		catch (ValidationException e) {
			violations.addAll(e.violations());
		}
		ValidationException.throwIfAny(violations);
		List<EntryView> items = trail.latest(filter, size, before, CurrentActor.get()).stream().map(AuditApiController::view).toList();
		Long nextBefore = items.size() == size ? items.get(items.size() - 1).id() : null;
		return new EntriesView(items, size, nextBefore);
	}

	@GetMapping("/verify")
	@Operation(summary = "Recompute the hash chain",
			description = "Chains the committed entries not yet chained, then checks the chain: `intact` with the number of entries "
					+ "checked and the newest hash, or the id of the first entry whose hash (`HASH`: its content was changed) or link to "
					+ "the previous entry (`LINK`: an entry was removed, inserted or rewritten) does not match, or `ANCHOR` with the sequence "
					+ "of the last anchor exported outside the database that the chain lacks (an older backup restored, or entries "
					+ "cut off the end); `unsealed` counts the "
					+ "entries written meanwhile, which this answer does not cover.")
	public VerificationView verify() {
		ChainVerification result = trail.verify();
		return new VerificationView(result.intact(), result.checked(), result.head(), result.brokenId(), result.problem(),
				result.unsealed());
	}

	static EntryView view(AuditEntry entry) {
		Map<String, ChangeView> changes = new LinkedHashMap<>();
		entry.changeList().forEach(change -> changes.put(change.field(), new ChangeView(change.before(), change.after())));
		return new EntryView(entry.id(), entry.occurredAt(), new ActorView(entry.actorAccountId(), entry.actorUsername(), entry.actorName()),
				entry.ipAddress(), entry.userAgent(), entry.action(),
				new TargetView(entry.targetType(), entry.targetId(), entry.targetLabel()), changes, entry.sequence(), entry.previousHash(),
				entry.hash());
	}
}
