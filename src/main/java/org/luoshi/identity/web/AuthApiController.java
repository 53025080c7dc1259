package org.luoshi.identity.web;

import java.time.Instant;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.security.SecurityRequirements;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.luoshi.identity.internal.IdentityWeb;
import org.luoshi.shared.web.ApiProblems;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
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

	record TokenRequest(@NotBlank @Size(max = 50) String username, @NotBlank @Size(max = 128) String password) {
	}

	record TokenResponse(String token, Instant expiresAt) {
	}

	@PostMapping("/api/v1/auth/token")
	@Operation(summary = "Sign in and get a bearer token",
			description = "Send the token as `Authorization: Bearer <token>` on every other call. Wrong credentials answer 401; "
					+ "an account locked after repeated failures is refused (401) even with the right password until the lock ends; "
					+ "an account whose password was set by an administrator gets 403 until its owner has changed it on the password page.")
	@SecurityRequirements
	TokenResponse token(@Valid @RequestBody TokenRequest request) {
		IdentityWeb.TokenGrant grant = identity.issueToken(request.username(), request.password());
		return new TokenResponse(grant.token(), grant.expiresAt());
	}

	@ExceptionHandler(AuthenticationException.class)
	ResponseEntity<ProblemDetail> refused(AuthenticationException e) {
		ProblemDetail problem;
		if (e instanceof CredentialsExpiredException) {
			problem = problems.problem(HttpStatus.FORBIDDEN, "identity.login.password-change-required");
		}
		else if (e instanceof LockedException) {
			problem = problems.problem(HttpStatus.UNAUTHORIZED, "identity.login.locked", identity.lockoutMinutes());
		}
		else {
			problem = problems.problem(HttpStatus.UNAUTHORIZED,
					e instanceof DisabledException ? "identity.login.disabled" : "identity.login.bad-credentials");
		}
		return ResponseEntity.status(problem.getStatus()).contentType(ApiProblems.PROBLEM_JSON).body(problem);
	}
}
