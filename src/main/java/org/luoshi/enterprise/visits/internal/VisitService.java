package org.luoshi.enterprise.visits.internal;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.luoshi.enterprise.EnterpriseDirectory;
import org.luoshi.enterprise.EnterpriseSummary;
import org.luoshi.enterprise.visits.VisitActions;
import org.luoshi.enterprise.visits.VisitDirectory;
import org.luoshi.enterprise.visits.VisitStatus;
import org.luoshi.enterprise.visits.VisitStep;
import org.luoshi.enterprise.visits.VisitSummary;
import org.luoshi.enterprise.visits.internal.VisitViews.CoveredView;
import org.luoshi.enterprise.visits.internal.VisitViews.PhotoContent;
import org.luoshi.enterprise.visits.internal.VisitViews.VisitDetails;
import org.luoshi.enterprise.visits.internal.VisitViews.VisitView;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.UnitSummary;
import org.luoshi.shared.Actor;
import org.luoshi.shared.ConflictException;
import org.luoshi.shared.Digests;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.NotificationRequest;
import org.luoshi.shared.Page;
import org.luoshi.shared.PageQuery;
import org.luoshi.shared.RecordChanged;
import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;
import org.luoshi.shared.files.FileTypes;
import org.luoshi.shared.lifecycle.TransitionTable.Rule;
import org.luoshi.shared.web.Times;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Visits: reads within the reader's scope ({@link VisitAccess}) and every write along one command path. Creating a
 * visit (planned, or recorded without a plan) and each later step ({@link #take}) validate the input whole, write the
 * visit, then render each {@link VisitEvent} as its timeline entry, its audit entry ({@link RecordChanged}) and, where
 * the towns must hear of it, a notification; the visit is re-indexed for search. All in one transaction.
 */
@Service
@Transactional
public class VisitService implements VisitDirectory {

	static final String TARGET = "visit";
	/** A photo at most: phones take 3–5 MB pictures. */
	static final long MAX_PHOTO_BYTES = 8L * 1024 * 1024;
	static final int MAX_PHOTOS = 20;
	private static final Set<FileTypes.FileType> IMAGES = Set.of(FileTypes.FileType.JPEG, FileTypes.FileType.PNG, FileTypes.FileType.GIF);

	private final VisitRows rows;
	private final VisitAccess access;
	private final OrganizationDirectory organization;
	private final EnterpriseDirectory enterprises;
	private final VisitSearchRecords search;
	private final ApplicationEventPublisher events;
	private final Times times;

	VisitService(VisitRows rows, VisitAccess access, OrganizationDirectory organization, EnterpriseDirectory enterprises,
			VisitSearchRecords search, ApplicationEventPublisher events, Times times) {
		this.rows = rows;
		this.access = access;
		this.organization = organization;
		this.enterprises = enterprises;
		this.search = search;
		this.events = events;
		this.times = times;
	}

	public VisitAccess.Scope scope(Actor actor) {
		return access.scope(actor);
	}

	// ----- reads

	@Transactional(readOnly = true)
	public Page<VisitView> list(VisitFilter filter, PageQuery page, Actor actor) {
		VisitAccess.Scope scope = access.scope(actor);
		VisitRows.Where where = VisitRows.where(filter, scope);
		long total = rows.count(where);
		List<Visit> visits = rows.load(rows.ids(where, VisitRows.order(page.sortField(), page.direction()), page.size(), page.offset()));
		Map<Long, String> units = unitNames();
		return page.toPage(visits.stream().map(visit -> view(visit, units, id -> false)).toList(), total);
	}

	/** The visit page's content, or 404 when the visit does not exist or lies outside the actor's scope. */
	@Transactional(readOnly = true)
	public VisitDetails details(long id, Actor actor) {
		VisitAccess.Scope scope = access.scope(actor);
		Visit visit = rows.find(id).filter(found -> scope.sees(found)).orElseThrow(() -> new NotFoundException(TARGET, id));
		return details(visit, scope);
	}

	@Transactional(readOnly = true)
	public VisitActions actions(long id, Actor actor) {
		return details(id, actor).actions();
	}

	@Transactional(readOnly = true)
	public PhotoContent photo(long visitId, long photoId, Actor actor) {
		VisitAccess.Scope scope = access.scope(actor);
		rows.find(visitId).filter(found -> scope.sees(found)).orElseThrow(() -> new NotFoundException(TARGET, visitId));
		return rows.photo(visitId, photoId).orElseThrow(() -> new NotFoundException("visit-photo", photoId));
	}

	/** The units whose visits the actor may plan and record, in tree order: the form's choices. */
	@Transactional(readOnly = true)
	public List<UnitSummary> organizingUnits(Actor actor) {
		VisitAccess.Scope scope = access.scope(actor);
		return organization.allUnits().stream().filter(UnitSummary::active).filter(unit -> scope.records(unit.id())).toList();
	}

	/** The enterprises the actor may put on a visit whose name or credit code matches: the form's picker. */
	@Transactional(readOnly = true)
	public List<EnterpriseSummary> enterpriseChoices(String text, Actor actor) {
		return actor.can(VisitAccess.RECORD) ? enterprises.visibleMatching(text, actor, 10) : List.of();
	}

	/** Planned visits the actor organizes whose day is this week's Sunday or earlier: the home page's reminder. */
	@Transactional(readOnly = true)
	public long plannedDueThisWeek(Actor actor) {
		if (!actor.can(VisitAccess.RECORD)) {
			return 0;
		}
		LocalDate sunday = endOfWeek();
		return rows.count(VisitRows.where(new VisitFilter(null, sunday, null, VisitStatus.PLANNED, null, null), access.scope(actor)));
	}

	public LocalDate endOfWeek() {
		return times.today().with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
	}

	// ----- the directory for other modules

	@Override
	@Transactional(readOnly = true)
	public Optional<VisitSummary> find(long id) {
		return rows.find(id).map(Visit::summary);
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isVisibleTo(long id, Actor actor) {
		VisitAccess.Scope scope = access.scope(actor);
		return rows.find(id).filter(visit -> scope.sees(visit)).isPresent();
	}

	@Override
	@Transactional(readOnly = true)
	public boolean isRecordableBy(long id, Actor actor) {
		VisitAccess.Scope scope = access.scope(actor);
		return rows.find(id).filter(visit -> scope.records(visit.unitId())).isPresent();
	}

	// ----- creating a visit

	/** Plans a visit for a unit the actor records visits for; it starts PLANNED. */
	public VisitDetails plan(VisitInput input, Actor actor) {
		requireRecorder(actor);
		VisitAccess.Scope scope = access.scope(actor);
		VisitValidation.Valid valid = validation(scope).read(input, false, null);
		return create(Visit.plan(valid, times.now()), List.of(), scope, actor);
	}

	/** Records a visit that was not planned: it starts RECORDED, with its findings and photos. */
	public VisitDetails recordUnplanned(VisitInput input, List<VisitInput.Photo> photos, Actor actor) {
		requireRecorder(actor);
		VisitAccess.Scope scope = access.scope(actor);
		List<Violation> problems = new ArrayList<>();
		List<CheckedPhoto> checked = checkPhotos(photos, 0, problems);
		VisitValidation.Valid valid = null;
		try {
			valid = validation(scope).read(input, true, null);
		}
		catch (ValidationException e) {
			problems.addAll(0, e.violations());
		}
		ValidationException.throwIfAny(problems);
		return create(Visit.recordUnplanned(valid, times.now()), checked, scope, actor);
	}

	private VisitDetails create(Visit created, List<CheckedPhoto> photos, VisitAccess.Scope scope, Actor actor) {
		long id = rows.insert(created, actor.accountId());
		Visit visit = created.withId(id);
		List<Long> entries = record(visit, List.of(visit.created()), actor);
		storePhotos(visit, photos, entries.get(entries.size() - 1), actor);
		search.index(visit, unitNames().get(visit.unitId()));
		return details(visit, scope);
	}

	// ----- the steps, along one command path

	/** A step's work on the locked visit: validate the input whole, change the visit, say what happened. */
	@FunctionalInterface
	private interface StepWork {
		List<VisitEvent> apply(Visit visit, VisitStatus after, VisitValidation validation);
	}

	/**
	 * The one way a step is taken: load the visit whole and lock it — not visible is 404; check the step in the table —
	 * not in this status 409, not for the actor's sides 403; validate and apply (400 with every problem); a stale
	 * {@code version} 409; then write the visit, its timeline entries, audit entries, notifications, photos and search
	 * document. Nothing is written when anything is refused.
	 */
	private VisitDetails take(long id, VisitStep step, Integer version, Actor actor, List<CheckedPhoto> photos, StepWork work) {
		VisitAccess.Scope scope = access.scope(actor);
		Visit visit = rows.lockWhole(id).filter(found -> scope.sees(found)).orElseThrow(() -> new NotFoundException(TARGET, id));
		Rule<VisitStatus, VisitStep, VisitSide> rule = VisitLifecycle.check(step, visit.status(), scope.sides(visit.unitId()));
		// Only once the visit is found and the step is the actor's: another unit's visit is 404 whatever was sent.
		if (step != VisitStep.ADD_PHOTOS) {
			requireVersion(version);
		}
		int read = visit.version();
		List<VisitEvent> happened = work.apply(visit, rule.after(visit.status()), validation(scope));
		if (version != null && version != read) {
			throw ConflictException.staleVersion();
		}
		if (happened.isEmpty()) {
			return details(visit, scope);
		}
		rows.save(visit);
		List<Long> entries = record(visit, happened, actor);
		storePhotos(visit, photos, entries.get(entries.size() - 1), actor);
		search.index(visit, unitNames().get(visit.unitId()));
		return details(rows.find(id).orElseThrow(), scope);
	}

	/** Changes a planned visit, from the version read. */
	public VisitDetails edit(long id, Integer version, VisitInput input, Actor actor) {
		return take(id, VisitStep.EDIT, version, actor, List.of(),
				(visit, after, validation) -> visit.edit(validation.read(input, false, visit), times.now()));
	}

	/** The planned visit took place: the day, the findings (overall and per enterprise) and photos. */
	public VisitDetails record(long id, Integer version, VisitInput.Recording input, List<VisitInput.Photo> photos, Actor actor) {
		List<Violation> photoProblems = new ArrayList<>();
		List<CheckedPhoto> checked = checkPhotos(photos, 0, photoProblems);
		return take(id, VisitStep.RECORD, version, actor, checked, (visit, after, validation) -> {
			VisitValidation.ValidRecording valid = null;
			List<Violation> problems = new ArrayList<>();
			try {
				valid = validation.recording(input, visit);
			}
			catch (ValidationException e) {
				problems.addAll(e.violations());
			}
			problems.addAll(photoProblems);
			ValidationException.throwIfAny(problems);
			return visit.record(valid, after, times.now());
		});
	}

	/** The planned visit will not take place. */
	public VisitDetails cancel(long id, Integer version, String reason, Actor actor) {
		return take(id, VisitStep.CANCEL, version, actor, List.of(),
				(visit, after, validation) -> visit.cancel(VisitValidation.reason(reason), after, times.now()));
	}

	/** More photos of a recorded visit. */
	public VisitDetails addPhotos(long id, List<VisitInput.Photo> photos, Actor actor) {
		List<CheckedPhoto> checked = new ArrayList<>();
		return take(id, VisitStep.ADD_PHOTOS, null, actor, checked, (visit, after, validation) -> {
			List<Violation> problems = new ArrayList<>();
			if (photos == null || photos.isEmpty()) {
				problems.add(Violation.of("photos", "visits.validation.photos.none"));
			}
			checked.addAll(checkPhotos(photos, rows.photoCount(visit.id()), problems));
			ValidationException.throwIfAny(problems);
			return visit.addPhotos(checked.stream().map(CheckedPhoto::name).toList(), times.now());
		});
	}

	// ----- rendering the events

	/**
	 * Renders each event as its timeline entry, audit entry and — for the towns whose enterprises a planned or cancelled
	 * visit covers — its notification, keyed by the timeline entry. Returns the entries' ids.
	 */
	private List<Long> record(Visit visit, List<VisitEvent> happened, Actor actor) {
		List<Long> entries = new ArrayList<>();
		String label = label(visit);
		for (VisitEvent event : happened) {
			long entryId = rows.appendEvent(visit.id(), event.kind(), times.now(), actor, event.text());
			entries.add(entryId);
			events.publishEvent(RecordChanged.of(event.action(), TARGET, visit.id(), label, event.changes()));
			if (event.notifiesTowns()) {
				Set<Long> towns = new LinkedHashSet<>();
				enterprises.find(visit.enterpriseIds()).values().forEach(enterprise -> towns.add(enterprise.townUnitId()));
				towns.remove(visit.unitId());
				if (!towns.isEmpty()) {
					events.publishEvent(new NotificationRequest("visit-event:" + entryId, towns, Set.of(), actor.accountId(), event.message(),
							List.of(visit.leaderName(), String.valueOf(visit.day()), abbreviate(String.join("、",
									visit.enterprises().stream().map(Visit.Covered::name).toList()), 60)),
							event.text(), "/visits/" + visit.id()));
				}
			}
		}
		return entries;
	}

	private static String label(Visit visit) {
		return visit.day() + " " + visit.leaderName() + " · " + abbreviate(visit.purpose(), 40);
	}

	// ----- photos

	private record CheckedPhoto(String name, FileTypes.FileType type, byte[] content, String sha256) {
	}

	/** Each photo checked by its content: an image (JPEG, PNG, GIF) within the size limit, the visit within its count. */
	private static List<CheckedPhoto> checkPhotos(List<VisitInput.Photo> photos, int existing, List<Violation> problems) {
		List<CheckedPhoto> checked = new ArrayList<>();
		if (photos == null) {
			return checked;
		}
		List<VisitInput.Photo> sent = photos.stream().filter(p -> p != null && p.content() != null && p.content().length > 0).toList();
		if (existing + sent.size() > MAX_PHOTOS) {
			problems.add(Violation.of("photos", "visits.validation.photos.count", MAX_PHOTOS));
			return checked;
		}
		for (VisitInput.Photo photo : sent) {
			String name = photo.name() == null || photo.name().isBlank() ? "photo" : abbreviate(photo.name().strip(), 255);
			if (photo.content().length > MAX_PHOTO_BYTES) {
				problems.add(Violation.of("photos", "visits.validation.photo.too-large", name, MAX_PHOTO_BYTES / 1024 / 1024));
				continue;
			}
			FileTypes.Verdict verdict = FileTypes.check(name, photo.content());
			if (!(verdict instanceof FileTypes.Accepted accepted) || !IMAGES.contains(accepted.type())) {
				problems.add(Violation.of("photos", "visits.validation.photo.type", name));
				continue;
			}
			checked.add(new CheckedPhoto(name, accepted.type(), photo.content(), Digests.sha256(photo.content())));
		}
		return checked;
	}

	private void storePhotos(Visit visit, List<CheckedPhoto> photos, long entryId, Actor actor) {
		for (CheckedPhoto photo : photos) {
			rows.insertPhoto(visit.id(), entryId, photo.name(), photo.type().contentType(), photo.content(), photo.sha256(), actor.accountId(),
					times.now());
		}
	}

	// ----- helpers

	private VisitValidation validation(VisitAccess.Scope scope) {
		return new VisitValidation(organization, enterprises, scope, times.today());
	}

	private VisitDetails details(Visit visit, VisitAccess.Scope scope) {
		Map<Long, String> units = unitNames();
		Actor actor = scope.actor();
		VisitView view = view(visit, units, enterpriseId -> enterprises.isVisibleTo(enterpriseId, actor));
		return new VisitDetails(view, VisitLifecycle.actions(visit.status(), scope.sides(visit.unitId())), rows.photos(visit.id()),
				rows.events(visit.id()));
	}

	private static VisitView view(Visit visit, Map<Long, String> units, java.util.function.LongPredicate openable) {
		return new VisitView(visit.id(), visit.kind(), visit.status(), visit.plannedDate(), visit.visitedDate(), visit.leaderName(),
				visit.leaderTitle(), visit.participants(), visit.unitId(), units.getOrDefault(visit.unitId(), String.valueOf(visit.unitId())),
				visit.purpose(), visit.findings(), visit.cancelReason(),
				visit.enterprises().stream()
					.map(c -> new CoveredView(c.enterpriseId(), c.name(), c.findings(), openable.test(c.enterpriseId())))
					.toList(),
				visit.version(), visit.createdAt(), visit.updatedAt());
	}

	Map<Long, String> unitNames() {
		Map<Long, String> names = new java.util.HashMap<>();
		organization.allUnits().forEach(unit -> names.put(unit.id(), unit.displayName()));
		return names;
	}

	private static void requireRecorder(Actor actor) {
		if (!actor.can(VisitAccess.RECORD)) {
			throw new AccessDeniedException(VisitAccess.RECORD);
		}
	}

	private static void requireVersion(Integer version) {
		if (version == null) {
			throw new ValidationException(Violation.of("version", "validation.required"));
		}
	}

	static String abbreviate(String text, int max) {
		return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
	}
}
