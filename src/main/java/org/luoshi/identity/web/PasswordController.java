package org.luoshi.identity.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.luoshi.identity.AccountDirectory;
import org.luoshi.identity.AccountSummary;
import org.luoshi.identity.internal.IdentityWeb;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.web.FormErrors;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Each person changes their own password here; a forced change after an administrator's reset lands here too. */
@Controller
class PasswordController {

	private final IdentityWeb identity;
	private final AccountDirectory accounts;

	PasswordController(IdentityWeb identity, AccountDirectory accounts) {
		this.identity = identity;
		this.accounts = accounts;
	}

	record PasswordForm(String currentPassword, String newPassword, String confirmation) {
	}

	/** Whether the person is here because their password was set by someone else and must be replaced first. */
	@ModelAttribute("mustChange")
	boolean mustChange() {
		Long accountId = CurrentActor.get().accountId();
		return accountId != null && accounts.findAccount(accountId).map(AccountSummary::mustChangePassword).orElse(false);
	}

	/** Whether the person is here because their password has grown older than the maximum age. */
	@ModelAttribute("expiredAfterDays")
	Long expiredAfterDays() {
		return identity.ownPasswordExpired() ? identity.passwordMaxAgeDays() : null;
	}

	@GetMapping("/account/password")
	String form(Model model) {
		model.addAttribute("form", new PasswordForm("", "", ""));
		return "identity/password";
	}

	@PostMapping("/account/password")
	String change(@ModelAttribute("form") PasswordForm form, BindingResult errors, HttpServletRequest request,
			HttpServletResponse response, RedirectAttributes redirect) {
		try {
			identity.changeOwnPassword(form.currentPassword(), form.newPassword(), form.confirmation(), request, response);
		}
		catch (ValidationException e) {
			FormErrors.reject(errors, e);
			return "identity/password";
		}
		redirect.addFlashAttribute("flash", "identity.password.changed");
		return "redirect:/";
	}
}
