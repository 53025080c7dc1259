package org.luoshi.dashboard.internal;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;

import org.luoshi.dashboard.internal.DashboardViews.DashboardDemands;
import org.luoshi.dashboard.internal.DashboardViews.DashboardGdp;
import org.luoshi.dashboard.internal.DashboardViews.DashboardLegal;
import org.luoshi.dashboard.internal.DashboardViews.DashboardProjects;
import org.luoshi.dashboard.internal.DashboardViews.DashboardTaskCounts;
import org.luoshi.dashboard.internal.DashboardViews.DashboardTasks;
import org.luoshi.dashboard.internal.DashboardViews.DashboardTown;
import org.luoshi.dashboard.internal.DashboardViews.DashboardTowns;
import org.luoshi.economy.IndicatorLight;
import org.luoshi.shared.print.PrintFont;
import org.luoshi.shared.print.PrintedDocument;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The dashboard as an A4 document for a meeting (数据快照): the same parts and figures as the page, each a ruled table
 * of label and figures, set by the platform's one typesetter ({@link PrintedDocument}) like the supervision notice and
 * the legal opinion. A part the reader may not see, or that could not be loaded, says so in one line. Chinese whatever
 * the reader's language: it is printed for the district's meetings.
 */
@Component
public class SnapshotPrint {

	private static final Locale DOCUMENT_LANGUAGE = Locale.SIMPLIFIED_CHINESE;
	/** A long list of units is cut, saying how many were left out: a snapshot is for reading at a meeting. */
	static final int MAX_ROWS = 30;

	private final MessageSource messages;
	private final PrintFont font;

	SnapshotPrint(MessageSource messages, PrintFont font) {
		this.messages = messages;
		this.font = font;
	}

	public byte[] pdf(DashboardMonth month, Map<Part, PartResult<?>> parts, String readerName, LocalDate printedOn) {
		PrintedDocument document = PrintedDocument.titled(text("dashboard.pdf.title")).font(font);
		document.paragraph(text("dashboard.pdf.intro", String.valueOf(month.year()), month.month(), readerName));
		gdp(document, parts.get(Part.GDP));
		towns(document, parts.get(Part.TOWNS));
		tasks(document, parts.get(Part.TASKS));
		demands(document, parts.get(Part.DEMANDS));
		legal(document, parts.get(Part.LEGAL));
		projects(document, parts.get(Part.PROJECTS));
		return document.signedBy(text("dashboard.pdf.signatory")).dated(printedOn).toPdf();
	}

	private void gdp(PrintedDocument document, PartResult<?> part) {
		document.paragraph(text("dashboard.pdf.part.gdp"));
		if (unavailable(document, part)) {
			return;
		}
		if (!(part.figures() instanceof DashboardGdp gdp)) {
			document.paragraph(text("dashboard.none"));
			return;
		}
		document.field(text("dashboard.gdp.place"), gdp.placeName() + (gdp.asOfMonth() == null ? ""
				: text("dashboard.pdf.as-of", String.valueOf(gdp.year()), gdp.asOfMonth())))
			.field(text("dashboard.gdp.value"), amount(gdp.value(), gdp.unit()))
			.field(text("dashboard.gdp.target"), target(gdp.target(), gdp.targetGrowthPct(), gdp.unit()))
			.field(text("dashboard.gdp.attainment"), percent(gdp.attainmentPct()))
			.field(text("dashboard.gdp.growth"), percent(gdp.growthSoFarPct()))
			.field(text("dashboard.gdp.needed"), percent(gdp.growthNeededPct()))
			.field(text("dashboard.light"), light(gdp.light()));
	}

	private void towns(PrintedDocument document, PartResult<?> part) {
		if (!(part.figures() instanceof DashboardTowns towns) || towns.indicator() == null) {
			document.paragraph(text("dashboard.pdf.part.towns", ""));
			if (!unavailable(document, part)) {
				document.paragraph(text("dashboard.none"));
			}
			return;
		}
		document.paragraph(text("dashboard.pdf.part.towns", towns.indicator().name()));
		for (DashboardTown town : towns.towns()) {
			document.field(town.placeName(), text("dashboard.pdf.town", amount(town.value(), towns.indicator().unit()),
					percent(town.attainmentPct()), percent(town.growthSoFarPct()), percent(town.growthNeededPct()), light(town.light())));
		}
	}

	private void tasks(PrintedDocument document, PartResult<?> part) {
		document.paragraph(text("dashboard.pdf.part.tasks"));
		if (unavailable(document, part)) {
			return;
		}
		DashboardTasks tasks = (DashboardTasks) part.figures();
		document.field(text("dashboard.tasks.total"), counts(tasks.total()));
		tasks.byGroup().stream().limit(MAX_ROWS).forEach(group -> document.field(group.group(), counts(group.counts())));
		if (!tasks.byUnit().isEmpty()) {
			document.paragraph(text("dashboard.pdf.tasks.units"));
			tasks.byUnit().stream().limit(MAX_ROWS).forEach(unit -> document.field(unit.unitName(), counts(unit.counts())));
			more(document, tasks.byUnit().size());
		}
	}

	private void demands(PrintedDocument document, PartResult<?> part) {
		document.paragraph(text("dashboard.pdf.part.demands"));
		if (unavailable(document, part)) {
			return;
		}
		DashboardDemands demands = (DashboardDemands) part.figures();
		if (demands.units().isEmpty()) {
			document.paragraph(text("dashboard.none"));
			return;
		}
		demands.units().stream().limit(MAX_ROWS).forEach(unit -> document.field(unit.unitName(), text("dashboard.pdf.rates", unit.assigned(),
				share(unit.responseRate()), share(unit.onTimeAnswerRate()), share(unit.resolutionRate()), share(unit.satisfactionRate()))));
		more(document, demands.units().size());
	}

	private void legal(PrintedDocument document, PartResult<?> part) {
		document.paragraph(text("dashboard.pdf.part.legal"));
		if (unavailable(document, part)) {
			return;
		}
		DashboardLegal legal = (DashboardLegal) part.figures();
		document.field(text("dashboard.legal.requests"), text("dashboard.pdf.legal.requests", legal.received(), legal.closed()))
			.field(text("dashboard.legal.lectures"), text("dashboard.pdf.legal.lectures", legal.lecturesHeld(), legal.attendances()));
		legal.points().stream().limit(MAX_ROWS).forEach(point -> document.field(point.pointName(),
				text("dashboard.pdf.legal.point", point.received(), point.closed(), point.lecturesHeld())));
	}

	private void projects(PrintedDocument document, PartResult<?> part) {
		document.paragraph(text("dashboard.pdf.part.projects"));
		if (unavailable(document, part)) {
			return;
		}
		DashboardProjects projects = (DashboardProjects) part.figures();
		if (projects.projects() == 0) {
			document.paragraph(text("dashboard.projects.none"));
			return;
		}
		document.field(text("dashboard.pdf.projects.all", projects.projects()), text("dashboard.pdf.projects.investment",
				wan(projects.completed()), wan(projects.planned()), percent(projects.sharePct())));
		projects.byTown().stream().limit(MAX_ROWS).forEach(town -> document.field(town.name(), text("dashboard.pdf.projects.investment",
				wan(town.completed()), wan(town.planned()), percent(town.sharePct()))));
		if (!projects.openBlockers().isEmpty()) {
			document.paragraph(text("dashboard.pdf.projects.blockers", projects.openBlockers().size()));
			projects.openBlockers().stream().limit(MAX_ROWS).forEach(blocker -> document.field(blocker.projectName(), blocker.text()
					+ (blocker.taskLight() == null ? text("dashboard.pdf.projects.not-raised")
							: text("dashboard.pdf.projects.task", text("supervision.light." + blocker.taskLight().name())))));
		}
	}

	private static String wan(BigDecimal value) {
		return value == null ? "—" : value.setScale(0, java.math.RoundingMode.HALF_UP).toPlainString();
	}

	private boolean unavailable(PrintedDocument document, PartResult<?> part) {
		if (part.shown()) {
			return false;
		}
		document.paragraph(text("dashboard.part." + part.reason()));
		return true;
	}

	private void more(PrintedDocument document, int total) {
		if (total > MAX_ROWS) {
			document.paragraph(text("dashboard.pdf.more", total - MAX_ROWS));
		}
	}

	private String counts(DashboardTaskCounts counts) {
		return text("dashboard.pdf.counts", counts.red(), counts.yellow(), counts.green(), counts.closed());
	}

	private String amount(BigDecimal value, String unit) {
		return value == null ? "—" : value.setScale(2, java.math.RoundingMode.HALF_UP).toPlainString() + " " + unit;
	}

	private String target(BigDecimal level, BigDecimal growthPct, String unit) {
		if (level == null && growthPct == null) {
			return "—";
		}
		String growth = growthPct == null ? "" : text("dashboard.pdf.target-growth", growthPct.toPlainString());
		return level == null ? growth : amount(level, unit) + growth;
	}

	private static String percent(BigDecimal value) {
		return value == null ? "—" : value.toPlainString() + "%";
	}

	private static String share(Double value) {
		return value == null ? "—" : String.format(Locale.ROOT, "%.1f%%", value * 100);
	}

	private String light(IndicatorLight light) {
		return light == null ? "—" : text("economy.light." + light.name());
	}

	private String text(String key, Object... arguments) {
		return messages.getMessage(key, arguments, DOCUMENT_LANGUAGE);
	}
}
