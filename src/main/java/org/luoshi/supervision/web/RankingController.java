package org.luoshi.supervision.web;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;
import java.util.stream.IntStream;

import jakarta.servlet.http.HttpServletRequest;

import org.luoshi.organization.OrganizationDirectory;
import org.luoshi.shared.Actor;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.web.Times;
import org.luoshi.supervision.SupervisionBoards;
import org.luoshi.supervision.SupervisionBoards.UnitRanking;
import org.springframework.context.MessageSource;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The ranking of lead units by how they keep their deadlines in a year (单位排名, by 按时办结率). */
@Controller
@PreAuthorize("hasAuthority('supervision:read')")
class RankingController {

	/** The years offered besides the one shown: a few back for comparison, the next for what is already due then. */
	private static final int YEARS_BACK = 4;

	private final SupervisionBoards boards;
	private final OrganizationDirectory directory;
	private final MessageSource messages;
	private final Times times;

	RankingController(SupervisionBoards boards, OrganizationDirectory directory, MessageSource messages, Times times) {
		this.boards = boards;
		this.directory = directory;
		this.messages = messages;
		this.times = times;
	}

	@GetMapping("/supervision/ranking")
	String ranking(@RequestParam(required = false) String year, Model model, Locale locale, HttpServletRequest request) {
		Actor actor = CurrentActor.get();
		int thisYear = times.today().getYear();
		Optional<Integer> asked = BoardPeriods.year(year);
		int shown = asked.orElse(thisYear);
		List<UnitRanking> ranking = boards.ranking(shown, actor);
		UnitBoardLinks unitLinks = UnitBoardLinks.of(actor, directory);
		TreeSet<Integer> years = new TreeSet<>(IntStream.rangeClosed(thisYear - YEARS_BACK, thisYear + 1).boxed().toList());
		years.add(shown);
		model.addAttribute("year", shown);
		model.addAttribute("years", years.descendingSet());
		model.addAttribute("invalidYear", BoardPeriods.mistyped(year, asked));
		model.addAttribute("ranking", ranking);
		model.addAttribute("unitLinks", unitLinks);
		model.addAttribute("chart", chart(ranking, unitLinks, request.getContextPath(), locale));
		return "supervision/ranking";
	}

	/** The on-time rates as bars, best first; a unit with nothing due yet has a place but no bar. */
	private Chart chart(List<UnitRanking> ranking, UnitBoardLinks unitLinks, String contextPath, Locale locale) {
		List<Chart.Point> points = ranking.stream()
			.map(row -> new Chart.Point(row.onTimePercent(),
					unitLinks.opens(row.unit().id()) ? contextPath + "/supervision/units/" + row.unit().id() : null))
			.toList();
		return new Chart("bar", "%", 100, ranking.stream().map(row -> row.unit().name()).toList(),
				List.of(new Chart.Series("ON_TIME", messages.getMessage("boards.ranking.on-time-rate", null, locale), points)));
	}
}
