package org.luoshi.projects.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.luoshi.enterprise.DistrictTown;
import org.luoshi.enterprise.EnterpriseDirectory;
import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.organization.UnitSummary;
import org.luoshi.projects.BlockerStatus;
import org.luoshi.projects.KeyProjects;
import org.luoshi.projects.MilestoneKind;
import org.luoshi.projects.ProjectBlocker;
import org.luoshi.projects.ProjectDetails;
import org.luoshi.projects.ProjectDetails.ProjectMilestone;
import org.luoshi.projects.ProjectDetails.ProjectMonth;
import org.luoshi.projects.ProjectPhoto;
import org.luoshi.projects.ProjectPlatform;
import org.luoshi.projects.ProjectSummary;
import org.luoshi.projects.ProjectsOverview;
import org.luoshi.projects.ProjectsOverview.OpenBlocker;
import org.luoshi.projects.ProjectsOverview.ProjectFigures;
import org.luoshi.shared.Actor;
import org.luoshi.shared.NotFoundException;
import org.luoshi.shared.Permissions;
import org.luoshi.supervision.Light;
import org.luoshi.supervision.TaskDetails;
import org.luoshi.supervision.TaskQueries;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads platforms, projects, their investment, milestones, photos and blockers within the actor's sight. */
@Service
@Transactional(readOnly = true)
public class ProjectStore implements KeyProjects {

	/**
	 * Reads a raised blocker's task for its light. The project's own rule decides who sees the blocker; the light is a
	 * fact of the task shown with it, so it is read for the whole district rather than in the viewer's supervision scope.
	 */
	static final Actor TASK_READER = new Actor(null, "projects", "重点项目", null, Set.of(Permissions.SUPERVISION_READ));

	/** Which projects a list shows; every criterion optional. */
	public record ProjectFilter(Long platformId, String townCode, Long leadUnitId, boolean openBlocker) {

		public static ProjectFilter all() {
			return new ProjectFilter(null, null, null, false);
		}
	}

	private static final String PLATFORM = """
			SELECT p.id, p.name, p.parent_id, parent.name AS parent_name, p.town_code, p.description, p.demo, p.version
			FROM project_platform p LEFT JOIN project_platform parent ON parent.id = p.parent_id""";

	private final JdbcClient jdbc;
	private final ProjectAccess access;
	private final EnterpriseDirectory enterprises;
	private final OrganizationDirectory organization;
	private final TaskQueries tasks;

	ProjectStore(JdbcClient jdbc, ProjectAccess access, EnterpriseDirectory enterprises, OrganizationDirectory organization, TaskQueries tasks) {
		this.jdbc = jdbc;
		this.access = access;
		this.enterprises = enterprises;
		this.organization = organization;
		this.tasks = tasks;
	}

	// ----- platforms: the district's, read by everyone with projects:read

	public List<ProjectPlatform> platforms() {
		return jdbc.sql(PLATFORM + " ORDER BY coalesce(p.parent_id, p.id), p.parent_id NULLS FIRST, p.id").query(ProjectStore::platform).list();
	}

	public Optional<ProjectPlatform> platform(long id) {
		return jdbc.sql(PLATFORM + " WHERE p.id = ?").param(id).query(ProjectStore::platform).optional();
	}

	// ----- projects

	public List<ProjectSummary> projects(ProjectFilter filter, int year, int month, Actor actor) {
		ProjectAccess.Scope scope = access.scope(actor);
		if (scope.none()) {
			return List.of();
		}
		Map<String, String> towns = townNames();
		Map<Long, String> units = unitNames();
		StringBuilder sql = new StringBuilder("""
				SELECT p.id, p.name, p.platform_id, pl.name AS platform_name, p.town_code, p.lead_unit_id, p.total_investment, p.demo,
				       coalesce(yp.planned, 0) AS planned,
				       coalesce((SELECT sum(i.amount) FROM project_investment i WHERE i.project_id = p.id AND i.year = :year AND i.month <= :month), 0)
				         AS completed,
				       (SELECT count(*) FROM project_blocker b WHERE b.project_id = p.id AND b.status <> 'RESOLVED') AS open_blockers
				FROM key_project p
				LEFT JOIN project_platform pl ON pl.id = p.platform_id
				LEFT JOIN project_year_plan yp ON yp.project_id = p.id AND yp.year = :year
				WHERE true""");
		Map<String, Object> params = new LinkedHashMap<>();
		params.put("year", year);
		params.put("month", month);
		if (!scope.all()) {
			sql.append(" AND p.lead_unit_id IN (:units)");
			params.put("units", scope.units());
		}
		if (filter.platformId() != null) {
			// A platform's projects include those of the platforms within it (a start-up zone's are the cluster's too).
			sql.append(" AND (p.platform_id = :platform OR p.platform_id IN (SELECT id FROM project_platform WHERE parent_id = :platform))");
			params.put("platform", filter.platformId());
		}
		if (filter.townCode() != null) {
			sql.append(" AND p.town_code = :town");
			params.put("town", filter.townCode());
		}
		if (filter.leadUnitId() != null) {
			sql.append(" AND p.lead_unit_id = :lead");
			params.put("lead", filter.leadUnitId());
		}
		if (filter.openBlocker()) {
			sql.append(" AND EXISTS (SELECT 1 FROM project_blocker b WHERE b.project_id = p.id AND b.status <> 'RESOLVED')");
		}
		sql.append(" ORDER BY p.platform_id NULLS LAST, p.id");
		return jdbc.sql(sql.toString()).params(params).query((rs, n) -> {
			BigDecimal planned = rs.getBigDecimal("planned");
			BigDecimal completed = rs.getBigDecimal("completed");
			long lead = rs.getLong("lead_unit_id");
			String town = rs.getString("town_code");
			return new ProjectSummary(rs.getLong("id"), rs.getString("name"), rs.getObject("platform_id", Long.class), rs.getString("platform_name"),
					town, towns.getOrDefault(town, town), lead, units.getOrDefault(lead, "#" + lead), rs.getBigDecimal("total_investment"), planned,
					completed, share(completed, planned), rs.getInt("open_blockers"), rs.getBoolean("demo"));
		}).list();
	}

	/** The project, or {@link NotFoundException} when the actor may not see it, exactly as when it does not exist. */
	public ProjectDetails project(long id, int year, Actor actor) {
		Row row = row(id).filter(found -> access.scope(actor).sees(found.leadUnitId())).orElseThrow(() -> new NotFoundException("project", id));
		return details(row, year);
	}

	/** The project's row whoever asks: for the commands, which apply the rule themselves. */
	Optional<Row> row(long id) {
		return jdbc.sql("""
				SELECT p.id, p.name, p.platform_id, pl.name AS platform_name, p.town_code, p.lead_unit_id, p.total_investment, p.description,
				       p.demo, p.version
				FROM key_project p LEFT JOIN project_platform pl ON pl.id = p.platform_id WHERE p.id = ?""")
			.param(id)
			.query((rs, n) -> new Row(rs.getLong("id"), rs.getString("name"), rs.getObject("platform_id", Long.class), rs.getString("platform_name"),
					rs.getString("town_code"), rs.getLong("lead_unit_id"), rs.getBigDecimal("total_investment"), rs.getString("description"),
					rs.getBoolean("demo"), rs.getInt("version")))
			.optional();
	}

	record Row(long id, String name, Long platformId, String platformName, String townCode, long leadUnitId, BigDecimal totalInvestment,
			String description, boolean demo, int version) {
	}

	ProjectDetails details(Row row, int year) {
		BigDecimal planned = jdbc.sql("SELECT planned FROM project_year_plan WHERE project_id = ? AND year = ?").params(row.id(), year)
			.query(BigDecimal.class).optional().orElse(null);
		List<ProjectMonth> months = jdbc.sql("SELECT year, month, amount, source, demo FROM project_investment WHERE project_id = ? AND year = ? ORDER BY month")
			.params(row.id(), year)
			.query((rs, n) -> new ProjectMonth(rs.getInt("year"), rs.getInt("month"), rs.getBigDecimal("amount"), rs.getString("source"),
					rs.getBoolean("demo")))
			.list();
		Map<MilestoneKind, ProjectMilestone> milestones = new EnumMap<>(MilestoneKind.class);
		for (MilestoneKind kind : MilestoneKind.values()) {
			milestones.put(kind, new ProjectMilestone(kind, null, null));
		}
		jdbc.sql("SELECT kind, planned_on, actual_on FROM project_milestone WHERE project_id = ?").param(row.id())
			.query((rs, n) -> new ProjectMilestone(MilestoneKind.valueOf(rs.getString("kind")), rs.getObject("planned_on", java.time.LocalDate.class),
					rs.getObject("actual_on", java.time.LocalDate.class)))
			.list()
			.forEach(milestone -> milestones.put(milestone.kind(), milestone));
		Map<String, String> towns = townNames();
		return new ProjectDetails(row.id(), row.name(), row.platformId(), row.platformName(), row.townCode(),
				towns.getOrDefault(row.townCode(), row.townCode()), row.leadUnitId(), unitName(row.leadUnitId()), row.totalInvestment(),
				row.description(), year, planned, completedTotal(row.id()), months, List.copyOf(milestones.values()), row.demo(), row.version());
	}

	BigDecimal completedTotal(long projectId) {
		return jdbc.sql("SELECT coalesce(sum(amount), 0) FROM project_investment WHERE project_id = ?").param(projectId).query(BigDecimal.class)
			.single();
	}

	// ----- blockers and photos (the caller has checked the project is in sight)

	public List<ProjectBlocker> blockers(long projectId) {
		return jdbc.sql("""
				SELECT id, project_id, text, status, task_id, raised_at, resolved_at, demo, created_by, created_at
				FROM project_blocker WHERE project_id = ? ORDER BY id""")
			.param(projectId)
			.query(this::mapBlocker)
			.list();
	}

	Optional<ProjectBlocker> blocker(long blockerId) {
		return jdbc.sql("""
				SELECT id, project_id, text, status, task_id, raised_at, resolved_at, demo, created_by, created_at
				FROM project_blocker WHERE id = ?""")
			.param(blockerId)
			.query(this::mapBlocker)
			.optional();
	}

	private ProjectBlocker mapBlocker(ResultSet rs, int n) throws SQLException {
		Long taskId = rs.getObject("task_id", Long.class);
		TaskDetails task = taskId == null ? null : task(taskId);
		BlockerStatus status = BlockerStatus.valueOf(rs.getString("status"));
		java.sql.Timestamp raised = rs.getTimestamp("raised_at");
		java.sql.Timestamp resolved = rs.getTimestamp("resolved_at");
		return new ProjectBlocker(rs.getLong("id"), rs.getLong("project_id"), rs.getString("text"), status, taskId,
				task == null ? null : task.number(), task == null ? null : task.light(), task == null ? null : task.status().name(),
				task == null ? null : task.deadline(), rs.getTimestamp("created_at").toInstant(), rs.getString("created_by"),
				raised == null ? null : raised.toInstant(), resolved == null ? null : resolved.toInstant(), rs.getBoolean("demo"));
	}

	/** The task through supervision's public API; {@code null} when supervision no longer knows it. */
	private TaskDetails task(long taskId) {
		try {
			return tasks.task(taskId, TASK_READER);
		}
		catch (NotFoundException e) {
			return null;
		}
	}

	public List<ProjectPhoto> photos(long projectId) {
		return jdbc.sql("SELECT id, project_id, name, caption, content_type, size, uploaded_at, uploaded_by FROM project_photo WHERE project_id = ? ORDER BY id DESC")
			.param(projectId)
			.query((rs, n) -> new ProjectPhoto(rs.getLong("id"), rs.getLong("project_id"), rs.getString("name"), rs.getString("caption"),
					rs.getString("content_type"), rs.getLong("size"), rs.getTimestamp("uploaded_at").toInstant(), rs.getString("uploaded_by")))
			.list();
	}

	/** A photo's bytes as uploaded, with its metadata and checksum; empty when the actor may not see the project. */
	public Optional<PhotoContent> photo(long projectId, long photoId, Actor actor) {
		if (row(projectId).filter(found -> access.scope(actor).sees(found.leadUnitId())).isEmpty()) {
			return Optional.empty();
		}
		return jdbc.sql("SELECT name, content_type, sha256, content FROM project_photo WHERE project_id = ? AND id = ?").params(projectId, photoId)
			.query((rs, n) -> new PhotoContent(rs.getString("name"), rs.getString("content_type"), rs.getString("sha256"), rs.getBytes("content")))
			.optional();
	}

	public record PhotoContent(String name, String contentType, String sha256, byte[] content) {
	}

	// ----- the dashboard's figures

	@Override
	public ProjectsOverview overview(int year, int month, Actor actor) {
		List<ProjectSummary> projects = projects(ProjectFilter.all(), year, month, actor);
		Map<String, List<ProjectSummary>> byTown = new java.util.TreeMap<>();
		Map<String, List<ProjectSummary>> byPlatform = new LinkedHashMap<>();
		for (ProjectSummary project : projects) {
			byTown.computeIfAbsent(project.townCode(), key -> new ArrayList<>()).add(project);
			byPlatform.computeIfAbsent(project.platformId() == null ? "" : String.valueOf(project.platformId()), key -> new ArrayList<>()).add(project);
		}
		List<ProjectFigures> towns = byTown.entrySet().stream().map(e -> figures(e.getKey(), e.getValue().get(0).townName(), e.getValue())).toList();
		List<ProjectFigures> platforms = byPlatform.entrySet().stream()
			.sorted(Comparator.comparing((Map.Entry<String, List<ProjectSummary>> e) -> e.getKey().isEmpty())
				.thenComparing(e -> e.getKey().isEmpty() ? 0L : Long.parseLong(e.getKey())))
			.map(e -> figures(e.getKey(), e.getValue().get(0).platformName(), e.getValue()))
			.toList();
		List<OpenBlocker> open = new ArrayList<>();
		Map<Long, String> names = new LinkedHashMap<>();
		projects.forEach(project -> names.put(project.id(), project.name()));
		if (!names.isEmpty()) {
			jdbc.sql("SELECT id FROM project_blocker WHERE status <> 'RESOLVED' AND project_id IN (:ids) ORDER BY created_at, id")
				.param("ids", names.keySet())
				.query(Long.class)
				.list()
				.forEach(id -> blocker(id).ifPresent(b -> {
					Light light = b.taskLight();
					// A task closed while its event was not yet heard still shows the blocker resolved.
					if (!"CLOSED".equals(b.taskStatus())) {
						open.add(new OpenBlocker(b.id(), b.projectId(), names.get(b.projectId()), b.text(), b.taskId(), light));
					}
				}));
		}
		ProjectFigures all = figures("", "", projects);
		return new ProjectsOverview(year, month, projects.size(), all.planned(), all.completed(), all.sharePct(), towns, platforms, open);
	}

	private static ProjectFigures figures(String key, String name, List<ProjectSummary> projects) {
		BigDecimal planned = projects.stream().map(ProjectSummary::planned).reduce(BigDecimal.ZERO, BigDecimal::add);
		BigDecimal completed = projects.stream().map(ProjectSummary::completed).reduce(BigDecimal.ZERO, BigDecimal::add);
		return new ProjectFigures(key, name == null ? "" : name, projects.size(), planned, completed, share(completed, planned));
	}

	static BigDecimal share(BigDecimal completed, BigDecimal planned) {
		if (planned == null || planned.signum() == 0 || completed == null) {
			return null;
		}
		return completed.multiply(BigDecimal.valueOf(100)).divide(planned, 2, RoundingMode.HALF_UP);
	}

	// ----- names

	public Map<String, String> townNames() {
		Map<String, String> names = new LinkedHashMap<>();
		enterprises.towns().forEach(town -> names.put(town.divisionCode(), town.name()));
		return names;
	}

	public List<DistrictTown> towns() {
		return enterprises.towns();
	}

	public Map<Long, String> unitNames() {
		Map<Long, String> names = new LinkedHashMap<>();
		organization.allUnits().forEach(unit -> names.put(unit.id(), unit.displayName()));
		return names;
	}

	/** The units a project may be led by: active units, district first. */
	public List<UnitSummary> leadUnits() {
		return organization.allUnits().stream().filter(UnitSummary::active).toList();
	}

	String unitName(long unitId) {
		return organization.findUnit(unitId).map(UnitSummary::displayName).orElse("#" + unitId);
	}

	private static ProjectPlatform platform(ResultSet rs, int n) throws SQLException {
		return new ProjectPlatform(rs.getLong("id"), rs.getString("name"), rs.getObject("parent_id", Long.class), rs.getString("parent_name"),
				rs.getString("town_code"), rs.getString("description"), rs.getBoolean("demo"), rs.getInt("version"));
	}
}
