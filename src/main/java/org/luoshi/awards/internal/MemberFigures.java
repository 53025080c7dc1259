package org.luoshi.awards.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

import org.luoshi.shared.ValidationException;
import org.luoshi.shared.Violation;

/**
 * A collective's member list reduced to the figures the rules need: how many members, how many under 35, their average
 * age — computed from the birth dates on the day of reference (the nomination round's last day) and then the dates are
 * forgotten: nothing but these figures is stored, logged or audited.
 */
public record MemberFigures(int members, int under35, BigDecimal averageAge) {

	public static final int YOUTH_AGE = 35;

	/** The share of members under 35, in percent with two decimals. */
	public BigDecimal shareUnder35() {
		return BigDecimal.valueOf(under35 * 100L).divide(BigDecimal.valueOf(members), 2, RoundingMode.HALF_UP);
	}

	/**
	 * Reads birth dates, one per line or separated by commas ({@code 1991-04-12}); every line that is not a date is
	 * reported at once, by its position.
	 */
	public static MemberFigures of(String birthDates, LocalDate reference) {
		List<Violation> violations = new ArrayList<>();
		List<Integer> ages = new ArrayList<>();
		if (birthDates == null || birthDates.isBlank()) {
			throw new ValidationException(Violation.of("birthDates", "awards.members.required"));
		}
		String[] items = birthDates.strip().split("[\\s,，、;；]+");
		if (items.length > 2000) {
			throw new ValidationException(Violation.of("birthDates", "awards.members.too-many", 2000));
		}
		for (int i = 0; i < items.length; i++) {
			try {
				LocalDate born = LocalDate.parse(items[i].strip().replace('/', '-').replace('.', '-'));
				int age = Period.between(born, reference).getYears();
				if (born.isAfter(reference) || age > 100) {
					violations.add(Violation.of("birthDates", "awards.members.date-implausible", i + 1, items[i]));
				}
				else {
					ages.add(age);
				}
			}
			catch (DateTimeParseException e) {
				violations.add(Violation.of("birthDates", "awards.members.date-invalid", i + 1, items[i]));
			}
		}
		ValidationException.throwIfAny(violations);
		int under = (int) ages.stream().filter(age -> age < YOUTH_AGE).count();
		BigDecimal average = BigDecimal.valueOf(ages.stream().mapToInt(Integer::intValue).sum())
			.divide(BigDecimal.valueOf(ages.size()), 1, RoundingMode.HALF_UP);
		return new MemberFigures(ages.size(), under, average);
	}
}
