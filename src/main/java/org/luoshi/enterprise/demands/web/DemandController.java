package org.luoshi.enterprise.demands.web;

import java.util.List;

import org.luoshi.enterprise.EnterpriseDirectory;
import org.luoshi.enterprise.EnterpriseSummary;
import org.luoshi.enterprise.demands.DemandCommands.RaiseDemand;
import org.luoshi.enterprise.demands.DemandCommands.TakeStep;
import org.luoshi.enterprise.demands.DemandDetails;
import org.luoshi.enterprise.demands.DemandManagement;
import org.luoshi.enterprise.demands.DemandSource;
import org.luoshi.enterprise.demands.DemandStatus;
import org.luoshi.enterprise.demands.DemandStep;
import org.luoshi.enterprise.demands.DemandSummary;
import org.luoshi.enterprise.demands.DemandType;
import org.luoshi.enterprise.demands.Satisfaction;
import org.luoshi.enterprise.demands.internal.DemandQueries;
import org.luoshi.enterprise.visits.VisitDirectory;
import org.luoshi.enterprise.visits.VisitSummary;
import org.luoshi.enterprise.demands.internal.DemandQueries.DemandFilter;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.UnitSummary;
import org.luoshi.shared.Actor;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.web.TypedNumbers;
import org.luoshi.shared.Page;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.Permissions;
import org.luoshi.shared.ValidationException;
import org.luoshi.supervision.GoalDetails;
import org.luoshi.supervision.GoalManagement;
import org.luoshi.shared.web.StepNames;
import org.luoshi.shared.web.StepPage;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The demand desk's pages: the list (with "waiting for me" and "overdue"), raising a demand, and a demand's page — its
 * record, its clock in working days, its timeline, and the steps the reader may take now (the transition table's),
 * each a small form. A step taken redirects back with a message; refused, the page shows again with the reasons and
 * what was typed kept.
 */
@Controller
@RequestMapping("/demands")
@PreAuthorize("hasAnyAuthority('demand:read', 'demand:submit', 'visit:record')")
class DemandController {

	private final DemandManagement demands;
	private final DemandQueries queries;
	private final EnterpriseDirectory enterprises;
	private final OrganizationDirectory organization;
	private final GoalManagement goals;
	private final VisitDirectory visits;

	DemandController(DemandManagement demands, DemandQueries queries, EnterpriseDirectory enterprises, OrganizationDirectory organization,
			GoalManagement goals, VisitDirectory visits) {
		this.visits = visits;
		this.demands = demands;
		this.queries = queries;
		this.enterprises = enterprises;
		this.organization = organization;
		this.goals = goals;
	}

	/** The raising form as typed. */
	record DemandForm(String enterprise, String type, String categoryId, String title, String content, String contactName,
			String contactPhone, String source, String sourceRef, String visitId) {

		static DemandForm blank(String enterprise, Long visitId) {
			return new DemandForm(enterprise, null, null, null, null, null, null, null, null,
					visitId == null ? null : visitId.toString());
		}

		RaiseDemand command(Long enterpriseId) {
			return new RaiseDemand(enterpriseId, type, TypedNumbers.id(categoryId), title, content, contactName, contactPhone, source, sourceRef,
					TypedNumbers.id(visitId));
		}
	}

	/** A step's form as typed. */
	record StepForm(String unitId, String upheld, String rating, String resolved, String otherDemandId, String goalId, String text) {

		static StepForm blank() {
			return new StepForm(null, null, null, null, null, null, null);
		}

		TakeStep command(DemandStep step) {
			return new TakeStep(step, TypedNumbers.id(unitId), TypedNumbers.bool(upheld),
					rating == null || rating.isBlank() ? null : satisfaction(rating), TypedNumbers.bool(resolved), TypedNumbers.id(otherDemandId),
					TypedNumbers.id(goalId), text);
		}
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(required = false) String status,
			@RequestParam(required = false) String view, @RequestParam(required = false) Long visit, @RequestParam(required = false) Integer page,
			@RequestParam(required = false) Long unit, Model model) {
		Actor actor = CurrentActor.get();
		DemandStatus chosen = parse(status);
		DemandFilter filter = new DemandFilter(q, chosen, null, visit, "overdue".equals(view), "mine".equals(view), unit);
		model.addAttribute("visit", visit);
		// The demands a unit handles, as its line of the three rates counts them (the rates' and the dashboard's drill-down).
		model.addAttribute("unit", unit);
		model.addAttribute("unitName", unit == null ? null : organization.findUnit(unit).map(u -> u.displayName()).orElse("#" + unit));
		// Overdue: the most overdue first (and read from the open demands' index); otherwise the newest first.
		String order = filter.overdueOnly() ? "due,asc" : "raised,desc";
		Page<DemandSummary> found = queries.list(filter, PageQuery.of(page == null || page < 0 ? 0 : page, null, order, "raised",
				DemandQueries.SORTS.keySet()), actor);
		model.addAttribute("demands", found);
		model.addAttribute("q", q);
		model.addAttribute("status", chosen);
		model.addAttribute("view", view == null ? "" : view);
		model.addAttribute("statuses", DemandStatus.values());
		model.addAttribute("mayRaise", mayRaise(actor));
		model.addAttribute("mayRates", actor.can(Permissions.DEMAND_READ));
		model.addAttribute("countCap", DemandQueries.COUNT_CAP);
		model.addAttribute("mayKeepCategories", actor.can(Permissions.DEMAND_DISPATCH));
		return "demands/list";
	}

	@GetMapping("/new")
	String form(@RequestParam(required = false) Long enterpriseId, @RequestParam(required = false) Long visitId, Model model) {
		String named = enterpriseId == null ? null : enterprises.find(enterpriseId)
			.filter(found -> enterprises.isVisibleTo(found.id(), CurrentActor.get())).map(EnterpriseSummary::name).orElse(null);
		model.addAttribute("form", DemandForm.blank(named, visitId));
		return form(model, CurrentActor.get());
	}

	@PostMapping("/new")
	String raise(DemandForm form, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		try {
			DemandDetails raised = demands.raise(form.command(enterpriseNamed(form.enterprise())), actor);
			redirect.addFlashAttribute("flash", raised.handlingUnit() == null ? "demand.done.raised-to-desk" : "demand.done.raised");
			return "redirect:/demands/" + raised.id();
		}
		catch (ValidationException e) {
			model.addAttribute("form", form);
			model.addAttribute("problems", e.violations());
			return form(model, actor);
		}
	}

	private String form(Model model, Actor actor) {
		model.addAttribute("types", DemandType.values());
		model.addAttribute("sources", actor.isEnterprise() ? List.of(DemandSource.PORTAL)
				: List.of(DemandSource.VISIT, DemandSource.HOTLINE, DemandSource.CPPCC, DemandSource.COUNTER));
		model.addAttribute("categories", queries.categoryChoices());
		model.addAttribute("ownEnterprise", actor.isEnterprise());
		return "demands/form";
	}

	/** The enterprises a person typing in the form may mean: name or credit code, those they may open. */
	@GetMapping("/enterprises")
	String enterpriseChoices(@RequestParam(required = false) String enterprise, Model model) {
		model.addAttribute("choices", enterprise == null || enterprise.isBlank() ? List.of()
				: enterprises.visibleMatching(enterprise.strip(), CurrentActor.get(), 10));
		return "demands/choices :: choices";
	}

	/** The enterprise typed: its credit code or its registered name; {@code -1} when neither names one (refused as unknown). */
	private Long enterpriseNamed(String typed) {
		if (typed == null || typed.isBlank()) {
			return null;
		}
		return enterprises.findByCreditCode(typed).or(() -> enterprises.findByName(typed)).map(EnterpriseSummary::id).orElse(-1L);
	}

	/** One row of the visit's form: a demand heard from one of the visited enterprises. */
	record VisitRow(String enterpriseId, String type, String categoryId, String title, String content) {

		boolean blank() {
			return (title == null || title.isBlank()) && (content == null || content.isBlank());
		}
	}

	/** The demands heard on a visit, as typed: several rows, sent together. */
	record VisitDemandsForm(List<VisitRow> rows) {

		VisitDemandsForm {
			rows = rows == null ? new java.util.ArrayList<>() : new java.util.ArrayList<>(rows);
			while (rows.size() < VISIT_ROWS) {
				rows.add(new VisitRow(null, null, null, null, null));
			}
		}
	}

	/** Rows the visit's form offers: enough for most visits, more by sending and coming back. */
	static final int VISIT_ROWS = 3;

	@GetMapping("/from-visit/{visitId}")
	String fromVisit(@PathVariable long visitId, Model model) {
		if (!model.containsAttribute("form")) {
			model.addAttribute("form", new VisitDemandsForm(List.of()));
		}
		return visitForm(visitId, model);
	}

	/** Raises every filled row in one step, all or none, each as heard on the visit. */
	@PostMapping("/from-visit/{visitId}")
	String raiseFromVisit(@PathVariable long visitId, VisitDemandsForm form, Model model, RedirectAttributes redirect) {
		Actor actor = CurrentActor.get();
		List<RaiseDemand> commands = form.rows().stream().filter(row -> !row.blank())
			.map(row -> new RaiseDemand(TypedNumbers.id(row.enterpriseId()), row.type(), TypedNumbers.id(row.categoryId()), row.title(),
					row.content(), null, null, DemandSource.VISIT.name(), null, visitId))
			.toList();
		try {
			List<DemandDetails> raised = demands.raiseAll(commands, actor);
			redirect.addFlashAttribute("flashCount", raised.size());
			return "redirect:/demands?visit=" + visitId;
		}
		catch (ValidationException e) {
			model.addAttribute("form", form);
			model.addAttribute("problems", e.violations());
			return visitForm(visitId, model);
		}
	}

	private String visitForm(long visitId, Model model) {
		Actor actor = CurrentActor.get();
		VisitSummary visit = visits.find(visitId).filter(found -> visits.isRecordableBy(found.id(), actor))
			.orElseThrow(() -> new org.luoshi.shared.NotFoundException("visit", visitId));
		model.addAttribute("visit", visit);
		model.addAttribute("visitEnterprises", enterprises.find(visit.enterpriseIds()).values());
		model.addAttribute("types", DemandType.values());
		model.addAttribute("categories", queries.categoryChoices());
		return "demands/from-visit";
	}

	/** An operator reads out the number: {@code /demands/number/SQ2024-000017} opens it (also a supervised task's link back). */
	@GetMapping("/number/{number}")
	String byNumber(@PathVariable String number) {
		return queries.idByNumber(number, CurrentActor.get()).map(id -> "redirect:/demands/" + id)
			.orElseThrow(() -> new org.luoshi.shared.NotFoundException("demand", number));
	}

	@GetMapping("/{id}")
	String page(@PathVariable long id, Model model) {
		Actor actor = CurrentActor.get();
		DemandDetails demand = demands.details(id, actor);
		model.addAttribute("demand", demand);
		List<org.luoshi.enterprise.demands.DemandTimelineEntry> newestFirst = new java.util.ArrayList<>(demand.timeline());
		java.util.Collections.reverse(newestFirst);
		model.addAttribute("timeline", newestFirst);
		if (!model.containsAttribute("stepForm")) {
			model.addAttribute("stepForm", StepForm.blank());
		}
		boolean choosesUnits = demand.actions().can(DemandStep.DISPATCH) || demand.actions().can(DemandStep.TRANSFER)
				|| demand.actions().can(DemandStep.ARBITRATE) || demand.actions().can(DemandStep.ADD_CO_UNIT);
		model.addAttribute("units", choosesUnits ? units() : List.of());
		model.addAttribute("goals", demand.actions().can(DemandStep.RAISE_TASK)
				? goals.goals(null, PageQuery.of(0, 50, null, "id", java.util.Set.of("id")), actor).items() : List.<GoalDetails>of());
		model.addAttribute("ratings", Satisfaction.values());
		return "demands/demand";
	}

	@PostMapping("/{id}/steps/{step}")
	String step(@PathVariable long id, @PathVariable String step, StepForm form, Model model, RedirectAttributes redirect) {
		DemandStep taken = StepNames.parse(DemandStep.class, step);
		return StepPage.take(taken, form, () -> demands.take(id, form.command(taken), CurrentActor.get()), "demand.done." + taken.name(), "/demands/" + id, model, redirect, () -> page(id, model));
	}

	private List<UnitSummary> units() {
		return organization.allUnits().stream().filter(UnitSummary::active).filter(unit -> unit.parentId() != null).toList();
	}

	private static boolean mayRaise(Actor actor) {
		return actor.can(Permissions.DEMAND_DISPATCH) || actor.can(Permissions.DEMAND_HANDLE) || actor.can(Permissions.DEMAND_SUBMIT);
	}

	private static DemandStatus parse(String status) {
		try {
			return status == null || status.isBlank() ? null : DemandStatus.valueOf(status);
		}
		catch (IllegalArgumentException e) {
			return null;
		}
	}



	static Satisfaction satisfaction(String text) {
		try {
			return Satisfaction.valueOf(text.strip());
		}
		catch (IllegalArgumentException e) {
			throw new ValidationException(org.luoshi.shared.Violation.of("rating", "demand.rating.required"));
		}
	}
}
