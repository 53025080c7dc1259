package org.luoshi.awards.web;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.luoshi.awards.internal.AwardCommands.CreateCampaign;
import org.luoshi.awards.internal.AwardCommands.NewCriterion;
import org.luoshi.awards.internal.AwardCommands.NewEvidenceItem;
import org.luoshi.awards.internal.AwardCommands.NewRound;
import org.luoshi.awards.internal.Campaign;
import org.luoshi.shared.web.TypedNumbers;

/**
 * The campaign form as typed: the fields as text, the evidence items, criteria and rounds as rows ({@code evidence[i].name}
 * and {@code evidence[i].required}, {@code criteria[i].name}, {@code rounds[i].opensOn} …), the eligibility rules by kind
 * ({@code rules[KIND]}, blank = no such rule). Rows left blank are dropped before the command is checked and the form
 * shows the rows in the order they were sent, so that the service's {@code evidence[i]}, {@code criteria[i]} and
 * {@code rounds[i]} name the row on the page. The checking itself is the service's alone.
 */
record CampaignForm(String title, String year, String level, String organiser, String unitId, String description, List<EvidenceRow> evidence,
		String places, String periodYears, String tieRule, String noticeDays, Map<String, String> rules, List<CriterionRow> criteria,
		List<RoundRow> rounds, String version) {

	static final int EVIDENCE_ROWS = 5;
	/** Blank evidence rows offered after the items a campaign has, to add some. */
	static final int EVIDENCE_SPARE_ROWS = 2;
	static final int CRITERIA_ROWS = 6;
	/**
	 * Rows read of each list: beyond the rows the page offers (20 evidence items, the service's most, and their spare
	 * rows), so that an item too many is refused by the service rather than silently dropped here.
	 */
	static final int MAX_ROWS = 30;

	/** An evidence item as typed; a row without a name is blank, whether or not its box is ticked. */
	record EvidenceRow(String name, boolean required) {

		boolean blank() {
			return isBlank(name);
		}
	}

	record CriterionRow(String name, String weight, String maxScore) {

		boolean blank() {
			return isBlank(name) && isBlank(weight) && isBlank(maxScore);
		}
	}

	record RoundRow(String kind, String opensOn, String closesOn) {

		boolean blank() {
			return isBlank(opensOn) && isBlank(closesOn);
		}
	}

	static CampaignForm blank(int year) {
		List<RoundRow> rounds = Arrays.stream(Campaign.RoundKind.values()).map(k -> new RoundRow(k.name(), "", "")).toList();
		return new CampaignForm("", String.valueOf(year), Campaign.Level.DISTRICT.name(), "", "", "", List.of(), "1", "3",
				Campaign.TieRule.TOP_CRITERION.name(), "5", new LinkedHashMap<>(), List.of(), rounds, null).padded();
	}

	static CampaignForm of(Campaign c) {
		Map<String, String> rules = new LinkedHashMap<>();
		c.rules().forEach(r -> rules.put(r.kind().name(), r.threshold().stripTrailingZeros().toPlainString()));
		List<CriterionRow> criteria = c.criteria().stream()
			.map(k -> new CriterionRow(k.name(), String.valueOf(k.weight()), String.valueOf(k.maxScore())))
			.toList();
		List<RoundRow> rounds = c.rounds().stream().map(r -> new RoundRow(r.kind().name(), String.valueOf(r.opensOn()), String.valueOf(r.closesOn()))).toList();
		List<EvidenceRow> evidence = c.evidence().stream().map(i -> new EvidenceRow(i.name(), i.required())).toList();
		return new CampaignForm(c.title(), String.valueOf(c.year()), c.level().name(), c.organiser(), String.valueOf(c.unitId()), c.description(),
				evidence, String.valueOf(c.places()), String.valueOf(c.periodYears()), c.tieRule().name(), String.valueOf(c.noticeDays()), rules,
				criteria, rounds, String.valueOf(c.version())).padded();
	}

	/** Reads the posted fields; blank rows are dropped. */
	static CampaignForm read(Map<String, String> typed) {
		Map<String, String> rules = new LinkedHashMap<>();
		for (Campaign.RuleKind kind : Campaign.RuleKind.values()) {
			String value = typed.get("rules[" + kind.name() + "]");
			if (!isBlank(value)) {
				rules.put(kind.name(), value.strip());
			}
		}
		List<EvidenceRow> evidence = new ArrayList<>();
		List<CriterionRow> criteria = new ArrayList<>();
		List<RoundRow> rounds = new ArrayList<>();
		for (int i = 0; i < MAX_ROWS; i++) {
			EvidenceRow item = new EvidenceRow(typed.get("evidence[" + i + "].name"), "true".equals(typed.get("evidence[" + i + "].required")));
			if (!item.blank()) {
				evidence.add(item);
			}
			String prefix = "criteria[" + i + "].";
			CriterionRow row = new CriterionRow(typed.get(prefix + "name"), typed.get(prefix + "weight"), typed.get(prefix + "maxScore"));
			if (!row.blank()) {
				criteria.add(row);
			}
			String roundPrefix = "rounds[" + i + "].";
			RoundRow round = new RoundRow(typed.get(roundPrefix + "kind"), typed.get(roundPrefix + "opensOn"), typed.get(roundPrefix + "closesOn"));
			if (!round.blank()) {
				rounds.add(round);
			}
		}
		return new CampaignForm(typed.get("title"), typed.get("year"), typed.get("level"), typed.get("organiser"), typed.get("unitId"),
				typed.get("description"), evidence, typed.get("places"), typed.get("periodYears"), typed.get("tieRule"),
				typed.get("noticeDays"), rules, criteria, rounds, typed.get("version"));
	}

	/** Blank rows after the typed ones, for the page: five evidence items (two spare at least), six criteria, a row per kind of round. */
	CampaignForm padded() {
		List<EvidenceRow> paddedEvidence = new ArrayList<>(evidence);
		while (paddedEvidence.size() < Math.max(EVIDENCE_ROWS, evidence.size() + EVIDENCE_SPARE_ROWS)) {
			paddedEvidence.add(new EvidenceRow("", false));
		}
		List<CriterionRow> paddedCriteria = new ArrayList<>(criteria);
		while (paddedCriteria.size() < CRITERIA_ROWS) {
			paddedCriteria.add(new CriterionRow("", "", ""));
		}
		List<RoundRow> paddedRounds = new ArrayList<>(rounds);
		for (Campaign.RoundKind kind : Campaign.RoundKind.values()) {
			if (paddedRounds.stream().noneMatch(r -> kind.name().equals(r.kind()))) {
				paddedRounds.add(new RoundRow(kind.name(), "", ""));
			}
		}
		return new CampaignForm(title, year, level, organiser, unitId, description, paddedEvidence, places, periodYears, tieRule, noticeDays, rules,
				paddedCriteria, paddedRounds, version);
	}

	CreateCampaign command() {
		Map<Campaign.RuleKind, BigDecimal> ruleValues = new LinkedHashMap<>();
		rules.forEach((kind, value) -> ruleValues.put(Campaign.RuleKind.valueOf(kind), AwardsController.decimal(value)));
		List<NewCriterion> newCriteria = criteria.stream()
			.map(c -> new NewCriterion(c.name(), TypedNumbers.integer(c.weight()), TypedNumbers.integer(c.maxScore())))
			.toList();
		List<NewRound> newRounds = rounds.stream()
			.map(r -> new NewRound(named(Campaign.RoundKind.class, r.kind()), AwardsController.date(r.opensOn()), AwardsController.date(r.closesOn())))
			.toList();
		List<NewEvidenceItem> newEvidence = evidence.stream().map(e -> new NewEvidenceItem(e.name(), e.required())).toList();
		return new CreateCampaign(title, TypedNumbers.integer(year), named(Campaign.Level.class, level), organiser, TypedNumbers.id(unitId), description,
				newEvidence, TypedNumbers.integer(places), TypedNumbers.integer(periodYears), named(Campaign.TieRule.class, tieRule),
				TypedNumbers.integer(noticeDays), ruleValues, newCriteria, newRounds);
	}

	Integer typedVersion() {
		Integer v = TypedNumbers.integer(version);
		return v == null || v < 0 ? null : v;
	}

	static <E extends Enum<E>> E named(Class<E> type, String name) {
		return Arrays.stream(type.getEnumConstants()).filter(e -> e.name().equals(name)).findFirst().orElse(null);
	}

	private static boolean isBlank(String text) {
		return text == null || text.isBlank();
	}
}
