package org.luoshi.awards.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The ranking of a campaign's qualified nominations: by total, highest first; two with the same total are ordered by the
 * campaign's declared tie rule, and what the rule could not part falls to the earlier nomination. Each place that a tie
 * decided carries its note ({@code RULE|other collective}), rendered as {@code awards.tie.<RULE>}: the page and the
 * nomination's timeline say why it stands above or below the other. The first {@code places} are proposed.
 */
public final class Ranking {

	public record Place(Nomination nomination, int rank, BigDecimal total, boolean proposed, String note) {
	}

	private Ranking() {
	}

	public static List<Place> rank(Campaign campaign, List<Nomination> nominations) {
		List<Nomination> running = nominations.stream().filter(n -> n.status() == NominationLifecycle.Status.QUALIFIED
				|| n.status() == NominationLifecycle.Status.PROPOSED || n.status() == NominationLifecycle.Status.NOT_SELECTED
				|| n.status() == NominationLifecycle.Status.AWARDED || n.status() == NominationLifecycle.Status.DROPPED).toList();
		Comparator<Nomination> byTotal = Comparator.comparing((Nomination n) -> zero(n.total(campaign))).reversed();
		Comparator<Nomination> tie = tieBreaker(campaign);
		List<Nomination> sorted = new ArrayList<>(running);
		sorted.sort(byTotal.thenComparing(tie).thenComparing(AwardService.bySubmission()));
		List<Place> places = new ArrayList<>();
		for (int i = 0; i < sorted.size(); i++) {
			Nomination n = sorted.get(i);
			BigDecimal total = n.total(campaign);
			String note = null;
			for (int j = 0; j < sorted.size(); j++) {
				Nomination other = sorted.get(j);
				if (j != i && zero(other.total(campaign)).compareTo(zero(total)) == 0) {
					boolean decided = tie.compare(n, other) != 0;
					note = (decided ? campaign.tieRule().name() : "EARLIER") + "|" + other.collectiveName();
					break;
				}
			}
			places.add(new Place(n, i + 1, total, i < campaign.places(), note));
		}
		return places;
	}

	private static Comparator<Nomination> tieBreaker(Campaign campaign) {
		return switch (campaign.tieRule()) {
			case TOP_CRITERION -> Comparator.comparing((Nomination n) -> zero(n.criterionMean(campaign.topCriterion().id()))).reversed();
			case YOUNGER -> Comparator.comparing((Nomination n) -> n.figures().averageAge());
			case EARLIER -> AwardService.bySubmission();
		};
	}

	private static BigDecimal zero(BigDecimal value) {
		return value == null ? BigDecimal.ZERO : value;
	}
}
