package org.luoshi.legalservice.requests.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.luoshi.legalservice.requests.LegalRequestDetails.AidReason;

/**
 * The legal-aid rules, as the justice bureau sets them ({@code legal_aid_rules}): the local income standard per person
 * per month, and the case types exempt from the means test. {@link #judge} gives the verdict with each reason.
 *
 * @param incomeStandard yuan per person per month
 */
record AidRules(BigDecimal incomeStandard, Set<String> exemptCaseTypes, int version) {

	/**
	 * The case types screening knows: wages owed (追索劳动报酬), a work injury (工伤), a heroic act (见义勇为), maintenance
	 * (追索赡养费、抚养费、扶养费), labour disputes other than wages, contract disputes, other civil matters.
	 */
	static final List<String> CASE_TYPES = List.of("WAGE_ARREARS", "WORK_INJURY", "HEROIC_ACT", "MAINTENANCE", "LABOUR_DISPUTE",
			"CONTRACT_DISPUTE", "OTHER_CIVIL");

	/** The verdict: eligible or not, the income per person it was judged on, and every reason. */
	record Verdict(boolean eligible, BigDecimal perPerson, List<AidReason> reasons) {
	}

	Verdict judge(BigDecimal householdIncome, int householdSize, String caseType) {
		BigDecimal perPerson = householdIncome.divide(BigDecimal.valueOf(householdSize), 2, RoundingMode.HALF_UP);
		String standard = incomeStandard.setScale(2, RoundingMode.HALF_UP).toPlainString();
		List<AidReason> reasons = new ArrayList<>();
		boolean exempt = exemptCaseTypes.contains(caseType);
		boolean withinIncome = perPerson.compareTo(incomeStandard) <= 0;
		reasons.add(new AidReason(withinIncome ? "legal.request.aid.reason.income.passes" : exempt ? "legal.request.aid.reason.income.above"
				: "legal.request.aid.reason.income.fails", List.of(perPerson.toPlainString(), standard, String.valueOf(householdSize))));
		reasons.add(new AidReason(exempt ? "legal.request.aid.reason.case-type.exempt" : "legal.request.aid.reason.case-type.means-tested",
				List.of(caseType)));
		return new Verdict(exempt || withinIncome, perPerson, List.copyOf(reasons));
	}
}
