package org.luoshi.projects.web;

import java.time.YearMonth;
import java.util.List;
import java.util.Map;

import org.luoshi.projects.ProjectPlatform;
import org.luoshi.projects.ProjectSummary;
import org.luoshi.projects.internal.ProjectAccess;
import org.luoshi.projects.internal.ProjectAdministration;
import org.luoshi.projects.internal.ProjectAdministration.PlatformInput;
import org.luoshi.projects.internal.ProjectStore;
import org.luoshi.projects.internal.ProjectStore.ProjectFilter;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.web.Times;
import org.luoshi.shared.web.TypedNumbers;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The platforms: the list with their projects' figures, a platform's page with its projects, and their forms. */
@Controller
@RequestMapping("/projects/platforms")
@PreAuthorize("hasAuthority('projects:read')")
class PlatformController {

	private final ProjectStore store;
	private final ProjectAccess access;
	private final ProjectAdministration administration;
	private final Times times;

	PlatformController(ProjectStore store, ProjectAccess access, ProjectAdministration administration, Times times) {
		this.store = store;
		this.access = access;
		this.administration = administration;
		this.times = times;
	}

	@GetMapping
	String list(Model model) {
		YearMonth month = YearMonth.from(times.today());
		model.addAttribute("platforms", store.platforms());
		java.util.Map<Long, org.luoshi.projects.ProjectsOverview.ProjectFigures> figures = new java.util.HashMap<>();
		store.overview(month.getYear(), month.getMonthValue(), CurrentActor.get()).byPlatform().stream().filter(f -> !f.key().isEmpty())
			.forEach(f -> figures.put(Long.valueOf(f.key()), f));
		model.addAttribute("figures", figures);
		model.addAttribute("towns", store.townNames());
		model.addAttribute("mayManage", access.scope(CurrentActor.get()).manages());
		return "projects/platforms";
	}

	@PostMapping
	@PreAuthorize("hasAuthority('projects:manage')")
	String create(@RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
		try {
			ProjectPlatform platform = administration.createPlatform(input(params), CurrentActor.get());
			redirect.addFlashAttribute("flash", "projects.platform.saved");
			return "redirect:/projects/platforms/" + platform.id();
		}
		catch (ValidationException e) {
			model.addAttribute("problems", e.violations());
			model.addAttribute("typed", params);
			return list(model);
		}
	}

	@GetMapping("/{id}")
	String platform(@PathVariable long id, Model model) {
		ProjectPlatform platform = store.platform(id).orElseThrow(() -> new NotFoundException("platform", id));
		YearMonth month = YearMonth.from(times.today());
		List<ProjectSummary> projects = store.projects(new ProjectFilter(id, null, null, false), month.getYear(), month.getMonthValue(),
				CurrentActor.get());
		model.addAttribute("platform", platform);
		model.addAttribute("projects", projects);
		model.addAttribute("parts", store.platforms().stream().filter(p -> Long.valueOf(id).equals(p.parentId())).toList());
		model.addAttribute("platforms", store.platforms());
		model.addAttribute("towns", store.townNames());
		model.addAttribute("townList", store.towns());
		model.addAttribute("mayManage", access.scope(CurrentActor.get()).manages());
		model.addAttribute("period", month.toString());
		if (!model.containsAttribute("typed")) {
			model.addAttribute("typed", Map.of("name", platform.name(), "parentId", platform.parentId() == null ? "" : String.valueOf(platform.parentId()),
					"townCode", platform.townCode() == null ? "" : platform.townCode(), "description",
					platform.description() == null ? "" : platform.description(), "version", String.valueOf(platform.version())));
		}
		return "projects/platform";
	}

	@PostMapping("/{id}")
	@PreAuthorize("hasAuthority('projects:manage')")
	String update(@PathVariable long id, @RequestParam Map<String, String> params, Model model, RedirectAttributes redirect) {
		try {
			administration.updatePlatform(id, TypedNumbers.integer(params.get("version")), input(params), CurrentActor.get());
			redirect.addFlashAttribute("flash", "projects.platform.saved");
			return "redirect:/projects/platforms/" + id;
		}
		catch (ValidationException e) {
			model.addAttribute("problems", e.violations());
		}
		catch (ConflictException e) {
			model.addAttribute("conflict", e.messageKey());
		}
		model.addAttribute("typed", params);
		return platform(id, model);
	}

	private static PlatformInput input(Map<String, String> params) {
		return new PlatformInput(params.get("name"), TypedNumbers.id(params.get("parentId")), params.get("townCode"), params.get("description"), false);
	}
}
