package org.luoshi.identity.web;

import java.time.Instant;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.luoshi.identity.internal.TokenView;
import org.luoshi.identity.internal.IdentityWeb;
import org.luoshi.identity.internal.NotApprovedException;
import org.luoshi.shared.web.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Authentication")
class AuthApiController {

	private final IdentityWeb identity;
	private final ApiProblems problems;

	AuthApiController(IdentityWeb identity, ApiProblems problems) {
		this.identity = identity;
		this.problems = problems;
	}

	/** @param name what the token is for, to recognize it in the list of tokens (default {@code API}) */
	record TokenRequest(@NotBlank @Size(max = 50) String username, @NotBlank @Size(max = 128) String password,
			@Size(max = 50) String name) {
	}

	record TokenResponse(long id, String token, Instant expiresAt) {
	}

	/** A token as listed: never the token itself. {@code lastUsedAt} is exact to within five minutes. */
	record TokenSummary(long id, long accountId, String name, Instant createdAt, Instant expiresAt, Instant lastUsedAt) {

		static TokenSummary of(TokenView token) {
			return new TokenSummary(token.id(), token.accountId(), token.name(), token.createdAt(), token.expiresAt(), token.lastUsedAt());
		}
	}

	@PostMapping("/api/v1/auth/token")
	@Operation(summary = "Sign in and get a bearer token",
			description = "Send the token as `Authorization: Bearer <token>` on every other call. Wrong credentials, an unknown, "
					+ "a deactivated and a locked account all answer the same 401 (a locked account even with the right password, until the "
					+ "lock ends); an enterprise's registration not approved by its town (yet) answers 403, with the right password only, saying "
					+ "whether it awaits the decision or was refused; an account whose password was set by an administrator or has expired gets 403 until its owner has changed "
					+ "it on the password page. `name` (optional) labels the token in the list of tokens.")
	@SecurityRequirements
	TokenResponse token(@Valid @RequestBody TokenRequest request) {
		IdentityWeb.TokenGrant grant = identity.issueToken(request.username(), request.password(), request.name());
		return new TokenResponse(grant.id(), grant.token(), grant.expiresAt());
	}

	@GetMapping("/api/v1/auth/tokens")
	@Operation(summary = "List unexpired API tokens",
			description = "Without `accountId`, the signed-in account's own tokens; with it, that account's tokens, for the security "
					+ "administrator only (security:manage; 403 for anyone else, 404 for an account outside their scope). Newest first.")
	List<TokenSummary> tokens(@RequestParam(required = false) Long accountId) {
		List<TokenView> tokens = accountId == null ? identity.ownTokens() : identity.tokensOf(accountId);
		return tokens.stream().map(TokenSummary::of).toList();
	}

	@DeleteMapping("/api/v1/auth/tokens/{id}")
	@ResponseStatus(HttpStatus.NO_CONTENT)
	@Operation(summary = "Revoke an API token at once",
			description = "One's own token (also the one this call is made with), or any account's for the security administrator. "
					+ "Any other id answers 404, exactly like a token that does not exist. Recorded in the audit trail.")
	void revoke(@PathVariable long id) {
		identity.revokeToken(id);
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<ProblemDetail> refused(AuthenticationException e) {
		ProblemDetail problem;
		if (e instanceof CredentialsExpiredException) {
			problem = problems.problem(HttpStatus.FORBIDDEN, "identity.login.password-change-required");
		}
		else if (e instanceof NotApprovedException refused) {
			problem = problems.problem(HttpStatus.FORBIDDEN, "identity.login." + refused.reason());
		}
		else {
			// One answer for a wrong password, an unknown, a deactivated and a locked account: see SignIn.
			problem = problems.problem(HttpStatus.UNAUTHORIZED, "identity.login.failed", identity.maxFailedSignIns(), identity.lockoutMinutes());
		}
		return ResponseEntity.status(problem.getStatus()).contentType(ApiProblems.PROBLEM_JSON).body(problem);
	}
}
