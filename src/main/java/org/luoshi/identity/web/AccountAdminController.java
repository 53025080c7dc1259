package org.luoshi.identity.web;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.luoshi.identity.AccountSummary;
import org.luoshi.identity.Role;
import org.luoshi.identity.internal.AccountAdministration;
import org.luoshi.identity.internal.AccountAdministration.AccountQuery;
import org.luoshi.identity.internal.AccountAdministration.IssuedPassword;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.StaffQuery;
import org.luoshi.organization.StaffSummary;
import org.luoshi.organization.UnitNode;
import org.luoshi.organization.UnitSummary;
import org.luoshi.shared.Actor;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.Page;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.web.FormErrors;
import org.springframework.http.HttpHeaders;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Account administration, shared by the two administrators and split by duty (三员分立): the list with its filters
 * for both; creating accounts, editing them, deactivating and activating for the system administrator; roles,
 * unlocking, password resets and API tokens for the security administrator. One-time passwords are rendered straight
 * into the answer to the POST that made them, never redirected through the session, so they are not stored anywhere,
 * not even briefly.
 */
@Controller
@RequestMapping("/admin/accounts")
@PreAuthorize(AccountAdminController.EITHER_ADMINISTRATOR)
class AccountAdminController {

	static final String EITHER_ADMINISTRATOR = "hasAnyAuthority(T(org.luoshi.shared.Permissions).ACCOUNTS_MANAGE, "
			+ "T(org.luoshi.shared.Permissions).SECURITY_MANAGE)";
	static final String SYSTEM_ADMINISTRATOR = "hasAuthority(T(org.luoshi.shared.Permissions).ACCOUNTS_MANAGE)";
	static final String SECURITY_ADMINISTRATOR = "hasAuthority(T(org.luoshi.shared.Permissions).SECURITY_MANAGE)";

	private static final int STAFF_CHOICES = 10;

	private final AccountAdministration administration;
	private final OrganizationDirectory organization;

	AccountAdminController(AccountAdministration administration, OrganizationDirectory organization) {
		this.administration = administration;
		this.organization = organization;
	}

	/** A row of the list: the account with the names of its scope unit and staff member, and whether it is locked now. */
	record AccountRow(AccountSummary account, String scopeName, String staffLabel, boolean locked) {
	}

	/** An entry of the scope picker: a unit indented by its depth below the picker's root. */
	record UnitOption(long id, String label) {
	}

	record Filter(String text, Role role, boolean locked, boolean inactive, String sort) {
	}

	@GetMapping
	String list(@RequestParam(required = false) String text, @RequestParam(required = false) String role,
			@RequestParam(required = false) boolean locked, @RequestParam(required = false) boolean inactive,
			@RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort, Model model) {
		Actor actor = CurrentActor.get();
		Instant now = Instant.now();
		Filter filter = new Filter(text == null ? "" : text.strip(), parseRole(role), locked, inactive, sort);
		Page<AccountSummary> accounts = administration.accounts(new AccountQuery(filter.text(), filter.role(), locked, inactive),
				pageQuery(page, size, sort), actor);
		Map<Long, String> unitNames = organization.allUnits().stream()
			.collect(Collectors.toMap(UnitSummary::id, UnitSummary::displayName));
		Map<Long, Optional<StaffSummary>> staff = new HashMap<>();
		model.addAttribute("filter", filter);
		model.addAttribute("roles", Role.values());
		model.addAttribute("accounts", accounts.map(account -> new AccountRow(account,
				account.scopeUnitId() == null ? null : unitNames.getOrDefault(account.scopeUnitId(), "#" + account.scopeUnitId()),
				account.staffId() == null ? null
						: staff.computeIfAbsent(account.staffId(), organization::findStaff).map(AccountAdminController::staffLabel).orElse(null),
				account.isLocked(now))));
		return "identity/admin/accounts";
	}

	@PreAuthorize(SYSTEM_ADMINISTRATOR)
	@GetMapping("/new")
	String newAccount(Model model) {
		return createForm(new AccountForm(), model);
	}

	@PreAuthorize(SYSTEM_ADMINISTRATOR)
	@PostMapping
	String create(@ModelAttribute("form") AccountForm form, BindingResult errors, Model model, HttpServletResponse response) {
		if (errors.hasErrors()) {
			return createForm(form, model);
		}
		try {
			return issued(administration.create(form.toCreateCommand(), CurrentActor.get()), true, model, response);
		}
		catch (ValidationException e) {
			FormErrors.reject(errors, e);
			return createForm(form, model);
		}
	}

	@GetMapping("/{id}")
	String show(@PathVariable long id, Model model) {
		AccountSummary account = administration.account(id, CurrentActor.get());
		return details(account, AccountForm.of(account), model);
	}

	@PreAuthorize(SYSTEM_ADMINISTRATOR)
	@PostMapping("/{id}")
	String update(@PathVariable long id, @ModelAttribute("form") AccountForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		if (!errors.hasErrors()) {
			try {
				administration.update(form.toUpdateCommand(id), actor);
				redirect.addFlashAttribute("flash", "flash.saved");
				return "redirect:/admin/accounts/" + id;
			}
			catch (ValidationException e) {
				FormErrors.reject(errors, e);
			}
		}
		return details(administration.account(id, actor), form, model);
	}

	@PreAuthorize(SECURITY_ADMINISTRATOR)
	@PostMapping("/{id}/reset-password")
	String resetPassword(@PathVariable long id, Model model, HttpServletResponse response) {
		Actor actor = CurrentActor.get();
		try {
			return issued(administration.resetPassword(id, actor), false, model, response);
		}
		catch (ValidationException e) {
			AccountSummary account = administration.account(id, actor);
			model.addAttribute("actionError", e.violations().get(0).messageKey());
			return details(account, AccountForm.of(account), model);
		}
	}

	@PreAuthorize(SECURITY_ADMINISTRATOR)
	@PostMapping("/{id}/unlock")
	String unlock(@PathVariable long id, RedirectAttributes redirect) {
		administration.unlock(id, CurrentActor.get());
		redirect.addFlashAttribute("flash", "identity.account.unlocked");
		return "redirect:/admin/accounts/" + id;
	}

	@PreAuthorize(SYSTEM_ADMINISTRATOR)
	@PostMapping("/{id}/deactivate")
	String deactivate(@PathVariable long id, Model model, RedirectAttributes redirect) {
		return setActive(id, false, model, redirect);
	}

	@PreAuthorize(SYSTEM_ADMINISTRATOR)
	@PostMapping("/{id}/activate")
	String activate(@PathVariable long id, Model model, RedirectAttributes redirect) {
		return setActive(id, true, model, redirect);
	}

	/** The staff picker's search (htmx): members of staff within the administrator's scope whose name or unit matches. */
	@PreAuthorize(SYSTEM_ADMINISTRATOR)
	@GetMapping("/staff")
	String staffChoices(@RequestParam(required = false) String q, Model model) {
		List<StaffSummary> choices = q == null || q.isBlank() ? List.of()
				: organization.staff(new StaffQuery(null, q, false), new PageQuery(0, STAFF_CHOICES, "name", true), CurrentActor.get()).items();
		model.addAttribute("choices", choices);
		model.addAttribute("searched", q != null && !q.isBlank());
		return "identity/admin/staff-choices :: choices";
	}

	@PreAuthorize(SECURITY_ADMINISTRATOR)
	@PostMapping("/{id}/roles")
	String grantRoles(@PathVariable long id, @ModelAttribute("form") AccountForm form, BindingResult errors, Model model,
			RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		try {
			administration.grantRoles(form.toGrantRolesCommand(id), actor);
			redirect.addFlashAttribute("flash", "flash.saved");
			return "redirect:/admin/accounts/" + id;
		}
		catch (ValidationException e) {
			FormErrors.reject(errors, e);
			if (Long.valueOf(id).equals(actor.accountId())) {
				// One's own account shows no roles form to put the message beside.
				model.addAttribute("actionError", e.violations().get(0).messageKey());
			}
		}
		return details(administration.account(id, actor), form, model);
	}

	@PreAuthorize(SECURITY_ADMINISTRATOR)
	@PostMapping("/{id}/tokens/{tokenId}/revoke")
	String revokeToken(@PathVariable long id, @PathVariable long tokenId, RedirectAttributes redirect) {
		administration.revokeToken(id, tokenId, CurrentActor.get());
		redirect.addFlashAttribute("flash", "identity.token.revoked");
		return "redirect:/admin/accounts/" + id + "#tokens";
	}

	private String setActive(long id, boolean active, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		try {
			administration.setActive(id, active, actor);
		}
		catch (ValidationException e) {
			AccountSummary account = administration.account(id, actor);
			model.addAttribute("actionError", e.violations().get(0).messageKey());
			return details(account, AccountForm.of(account), model);
		}
		redirect.addFlashAttribute("flash", active ? "identity.account.activated" : "identity.account.deactivated");
		return "redirect:/admin/accounts/" + id;
	}

	private String createForm(AccountForm form, Model model) {
		model.addAttribute("form", form);
		pickers(form, model);
		return "identity/admin/account-new";
	}

	private String details(AccountSummary account, AccountForm form, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("account", account);
		model.addAttribute("tokens", actor.can(Permissions.SECURITY_MANAGE) ? administration.tokens(account.id(), actor) : List.of());
		model.addAttribute("locked", account.isLocked(Instant.now()));
		model.addAttribute("form", form);
		model.addAttribute("scopeName", account.scopeUnitId() == null ? null
				: organization.findUnit(account.scopeUnitId()).map(UnitSummary::displayName).orElse(null));
		model.addAttribute("own", Long.valueOf(account.id()).equals(CurrentActor.get().accountId()));
		pickers(form, model);
		model.addAttribute("roles", Role.grantable(account.enterpriseId() != null));
		return "identity/admin/account";
	}

	/** Shows the one-time password once; the page must not be cached or kept in the browser's history. */
	private String issued(IssuedPassword issued, boolean created, Model model, HttpServletResponse response) {
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		model.addAttribute("account", issued.account());
		model.addAttribute("password", issued.password());
		model.addAttribute("created", created);
		return "identity/admin/issued";
	}

	/** What the form's pickers offer: the units of the administrator's scope, the currently linked staff member. */
	private void pickers(AccountForm form, Model model) {
		Actor actor = CurrentActor.get();
		model.addAttribute("wholeDistrictAllowed", actor.seesWholeDistrict());
		List<UnitOption> units = new ArrayList<>();
		organization.tree(actor.scopeUnitId(), false).forEach(root -> flatten(root, 0, units));
		model.addAttribute("units", units);
		model.addAttribute("selectedStaff", form.getStaffId() == null ? null
				: organization.findStaff(form.getStaffId()).filter(staff -> organization.isVisibleTo(staff.unitId(), actor)).orElse(null));
	}

	private static void flatten(UnitNode node, int depth, List<UnitOption> into) {
		into.add(new UnitOption(node.unit().id(), "\u3000".repeat(depth) + node.unit().displayName()));
		node.children().forEach(child -> flatten(child, depth + 1, into));
	}

	static String staffLabel(StaffSummary staff) {
		return staff.name() + " · " + staff.unitName();
	}

	/** A hand-edited address with a sort the list does not offer shows the default order rather than an error page. */
	private static PageQuery pageQuery(Integer page, Integer size, String sort) {
		try {
			return PageQuery.of(page, size, sort, "username", AccountQuery.SORT_FIELDS);
		}
		catch (ValidationException e) {
			return PageQuery.of(0, PageQuery.DEFAULT_SIZE, null, "username", AccountQuery.SORT_FIELDS);
		}
	}

	private static Role parseRole(String role) {
		return Arrays.stream(Role.values()).filter(r -> r.name().equals(role)).findFirst().orElse(null);
	}
}
