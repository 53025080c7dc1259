package org.luoshi.enterprise.demands.web;

import java.net.URI;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

import org.luoshi.enterprise.demands.DemandActions;
import org.luoshi.enterprise.demands.DemandCommands.RaiseDemand;
import org.luoshi.enterprise.demands.DemandCommands.TakeStep;
import org.luoshi.enterprise.demands.DemandDetails;
import org.luoshi.enterprise.demands.DemandManagement;
import org.luoshi.enterprise.demands.DemandRates;
import org.luoshi.enterprise.demands.DemandStatus;
import org.luoshi.enterprise.demands.DemandStep;
import org.luoshi.enterprise.demands.DemandSummary;
import org.luoshi.enterprise.demands.Satisfaction;
import org.luoshi.enterprise.demands.DemandCategoryView;
import org.luoshi.enterprise.demands.internal.DemandCategoryAdministration;
import org.luoshi.enterprise.demands.internal.DemandCategoryAdministration.CategoryChange;
import org.luoshi.enterprise.demands.internal.DemandCategoryAdministration.NewCategory;
import org.luoshi.enterprise.demands.internal.DemandCategoryAdministration.TownRouteChange;
import org.luoshi.enterprise.demands.internal.DemandQueries;
import org.luoshi.enterprise.demands.internal.DemandQueries.CategoryChoice;
import org.luoshi.enterprise.demands.internal.DemandQueries.DemandFilter;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.Page;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.web.StepNames;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

@RestController
@RequestMapping("/api/v1/demands")
@Tag(name = "Demands", description = """
		Enterprise demands (诉求). Reading needs demand:read (the demands routed to the caller's units, co-handled by them, or \
		raised by enterprises of their towns; all for the whole district) or, for an enterprise's own account, demand:submit \
		(its own demands only). A demand outside the caller's view answers 404, like one that does not exist. Every step goes \
		through `POST /{id}/steps/{step}`; `GET /{id}/actions` lists the steps the caller may take now — the same transition \
		table the service checks. A step the demand's status does not allow answers 409, one allowed but not for the caller's \
		side 403, bad input 400 with every problem.""")
@PreAuthorize("hasAnyAuthority('demand:read', 'demand:submit')")
class DemandApiController {

	private final DemandManagement demands;
	private final DemandQueries queries;
	private final DemandCategoryAdministration administration;

	DemandApiController(DemandManagement demands, DemandQueries queries, DemandCategoryAdministration administration) {
		this.demands = demands;
		this.queries = queries;
		this.administration = administration;
	}

	/** A step's input: what the step takes (see each step). */
	record StepRequest(Long unitId, Boolean upheld, Satisfaction rating, Boolean resolved, Long otherDemandId, Long goalId, String text) {
	}

	/** A unit's counts and the rates computed from them (null where there is nothing to count). */
	record RatesJson(long unitId, String unitName, long assigned, long respondedOnTime, long answered, long answeredOnTime, long rated,
			long resolved, long satisfied, long basically, Double responseRate, Double onTimeAnswerRate, Double resolutionRate,
			Double satisfactionRate) {

		static RatesJson of(DemandRates rates) {
			return new RatesJson(rates.unitId(), rates.unitName(), rates.assigned(), rates.respondedOnTime(), rates.answered(),
					rates.answeredOnTime(), rates.rated(), rates.resolved(), rates.satisfied(), rates.basically(), rates.responseRate(),
					rates.onTimeAnswerRate(), rates.resolutionRate(), rates.satisfactionRate());
		}
	}

	@GetMapping
	@Operation(summary = "A page of the demands the caller sees", description = "Filters, all optional: `q` (words of the number, title "
			+ "or text), `status` (a DemandStatus), `visitId` (heard on that visit), `view` (`mine`: waiting for the caller's units or the desk; `overdue`: open and past "
			+ "their due day; the most overdue first), `enterpriseId`. Newest first; `sort` raised, due or number; paging as everywhere, except that `total` counts up to 10,001: "
			+ "10,001 means more than 10,000 (narrow the filters to see them all).")
	Page<DemandSummary> list(@RequestParam(required = false) String q, @RequestParam(required = false) DemandStatus status,
			@RequestParam(required = false) String view, @RequestParam(required = false) Long enterpriseId,
			@RequestParam(required = false) Long visitId, @RequestParam(required = false) Integer page, @RequestParam(required = false) Integer size,
			@RequestParam(required = false) String sort) {
		DemandFilter filter = new DemandFilter(q, status, enterpriseId, visitId, "overdue".equals(view), "mine".equals(view));
		String order = sort != null ? sort : filter.overdueOnly() ? "due,asc" : "raised,desc";
		return queries.list(filter, PageQuery.of(page, size, order, "raised", DemandQueries.SORTS.keySet()),
				CurrentActor.get());
	}

	@PostMapping
	@Operation(summary = "Raise a demand", description = "Checked whole, numbered (SQ<year>-<n>), routed by its category and the "
			+ "enterprise's town to its first-contact unit (or left for the desk), its clock started in working days. An enterprise's "
			+ "own account raises its enterprise's demands from the portal, whatever `enterpriseId` and `source` say. 201 with Location.")
	ResponseEntity<DemandDetails> raise(@RequestBody RaiseDemand request) {
		DemandDetails raised = demands.raise(request, CurrentActor.get());
		return ResponseEntity.created(URI.create("/api/v1/demands/" + raised.id())).body(raised);
	}

	@GetMapping("/{id}")
	@Operation(summary = "One demand", description = "With its clock, timeline and the caller's actions. The contact's phone is "
			+ "masked for readers who do not work on the demand.")
	DemandDetails demand(@PathVariable long id) {
		return demands.details(id, CurrentActor.get());
	}

	@GetMapping("/{id}/actions")
	@Operation(summary = "The steps the caller may take on the demand now")
	DemandActions actions(@PathVariable long id) {
		return demands.details(id, CurrentActor.get()).actions();
	}

	@PostMapping({ "/{id}/steps/{step}", "/{id}/{step:dispatch|sign|return|arbitrate|transfer|add-co-unit|contribute|answer|rate|reopen"
			+ "|remind|instruct|escalate|raise-task|raise-proposal|merge|withdraw}" })
	@Operation(summary = "Take a step", description = "`POST /{id}/steps/{step}` or, the same, `POST /{id}/sign`, `/return`, "
			+ "`/arbitrate`, `/transfer`, `/answer`, `/rate`, `/reopen`, `/escalate`, `/merge` … (the step in lower case, `-` for `_`). "
			+ "`step` is a DemandStep: DISPATCH, TRANSFER (`unitId`, `text` the reason for a "
			+ "transfer), SIGN, RETURN (`text`), ARBITRATE (`upheld`, with `unitId` when it stands; `text`), ADD_CO_UNIT (`unitId`), "
			+ "CONTRIBUTE (`text`), ANSWER (`text`), RATE (`rating`, `resolved`, `text`; NOT satisfied reopens it and needs `text`), "
			+ "REMIND (`text`), INSTRUCT (`text`, a leader's), RAISE_TASK (`goalId`), MERGE (`otherDemandId`), WITHDRAW (`text`), ESCALATE (`text`: the desk takes it "
			+ "straight to the leaders; the daily follow-up escalates overdue demands by itself). CLOSE_UNRATED is the follow-up's.")
	DemandDetails step(@PathVariable long id, @PathVariable String step, @RequestBody(required = false) StepRequest request) {
		DemandStep taken = StepNames.parse(DemandStep.class, step);
		StepRequest body = request == null ? new StepRequest(null, null, null, null, null, null, null) : request;
		return demands.take(id, new TakeStep(taken, body.unitId(), body.upheld(), body.rating(), body.resolved(), body.otherDemandId(),
				body.goalId(), body.text()), CurrentActor.get());
	}

	@GetMapping("/rates")
	@PreAuthorize("hasAuthority('demand:read')")
	@Operation(summary = "The three rates per unit", description = "For the months `from` to `to` (YYYY-MM; default the year so far), "
			+ "per unit of the caller's scope: counts and rates as defined on DemandRates; a rate with nothing to count is null.")
	List<RatesJson> rates(@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		Period period = Period.of(from, to);
		return queries.rates(period.from(), period.to(), CurrentActor.get()).stream().map(RatesJson::of).toList();
	}

	@GetMapping("/stats")
	@PreAuthorize("hasAuthority('demand:read')")
	@Operation(summary = "The three rates with their counts, for one unit or the caller's whole scope", description = "`unit` a unit's "
			+ "id (404 outside the caller's scope); without it, every unit the caller's scope reaches together (`unitId` 0). `from` and "
			+ "`to` months (YYYY-MM; default the year so far): the counts are kept per unit and month as the demands' steps are taken.")
	RatesJson stats(@RequestParam(required = false) Long unit, @RequestParam(required = false) String from,
			@RequestParam(required = false) String to) {
		Period period = Period.of(from, to);
		return RatesJson.of(queries.stats(period.from(), period.to(), unit, CurrentActor.get()));
	}

	/** The months a rates question covers, checked: both readable, the end not before the start. */
	private record Period(YearMonth from, YearMonth to) {

		static Period of(String from, String to) {
			YearMonth now = YearMonth.now(java.time.ZoneId.of("Asia/Shanghai"));
			try {
				YearMonth start = from == null ? YearMonth.of(now.getYear(), 1) : YearMonth.parse(from);
				YearMonth end = to == null ? now : YearMonth.parse(to);
				if (end.isBefore(start)) {
					throw new ValidationException(Violation.of("to", "demand.rates.period.backwards"));
				}
				return new Period(start, end);
			}
			catch (DateTimeParseException e) {
				throw new ValidationException(Violation.of(from != null && !from.matches("\\d{4}-\\d{2}") ? "from" : "to",
						"demand.rates.period.unreadable"));
			}
		}
	}

	@GetMapping("/categories")
	@Operation(summary = "The demand categories in use", description = "In tree order, each with its path and time limit in working days.")
	List<CategoryChoice> categories() {
		return queries.categoryChoices();
	}

	@GetMapping("/categories/settings")
	@PreAuthorize("hasAuthority('demand:dispatch')")
	@Operation(summary = "Every category with its route and version (the desk)", description = "Including those no longer offered.")
	List<DemandCategoryView> categorySettings() {
		return administration.all();
	}

	@PutMapping("/categories/{id}")
	@PreAuthorize("hasAuthority('demand:dispatch')")
	@Operation(summary = "Change a category (the desk)", description = "Its time limit (1–60 working days), its route for every town "
			+ "(`routeUnitId`, or `routeToTown`, or neither: the desk dispatches), whether it is offered; `version` as read (409 when "
			+ "someone changed it since). Demands already raised keep their limit and due day.")
	DemandCategoryView changeCategory(@PathVariable long id, @RequestBody CategoryChange request) {
		return administration.change(id, request, CurrentActor.get());
	}

	@PutMapping("/categories/{id}/towns/{divisionCode}")
	@PreAuthorize("hasAuthority('demand:dispatch')")
	@Operation(summary = "Route a category's demands from one town to a unit (the desk)", description = "`{\"unitId\"}`; replaces the "
			+ "town's earlier route; the other towns keep the category's route for every town. 400 for a code that is not one of the "
			+ "district's towns or a unit that is not active.")
	DemandCategoryView routeTown(@PathVariable long id, @PathVariable String divisionCode, @RequestBody TownRouteRequest request) {
		return administration.routeTown(id, new TownRouteChange(divisionCode, request.unitId()), CurrentActor.get());
	}

	@DeleteMapping("/categories/{id}/towns/{divisionCode}")
	@PreAuthorize("hasAuthority('demand:dispatch')")
	@Operation(summary = "The town's demands of the category follow its route for every town again (the desk)")
	DemandCategoryView unrouteTown(@PathVariable long id, @PathVariable String divisionCode) {
		return administration.unrouteTown(id, divisionCode, CurrentActor.get());
	}

	record TownRouteRequest(Long unitId) {
	}

	@PostMapping("/categories")
	@PreAuthorize("hasAuthority('demand:dispatch')")
	@Operation(summary = "Add a category (the desk)", description = "Under a top category (`parentId`) or as a top one; 201 with Location.")
	ResponseEntity<DemandCategoryView> addCategory(@RequestBody NewCategory request) {
		DemandCategoryView added = administration.add(request, CurrentActor.get());
		return ResponseEntity.created(URI.create("/api/v1/demands/categories/" + added.id())).body(added);
	}
}
