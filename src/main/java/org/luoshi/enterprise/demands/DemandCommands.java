package org.luoshi.enterprise.demands;

/** What a person asks of the demand desk, as typed: checked whole by the service, which says every problem at once. */
public final class DemandCommands {

	private DemandCommands() {
	}

	/**
	 * A new demand of an enterprise. {@code type}, {@code source} are enum names; {@code visitId} when it was heard on a
	 * visit; {@code sourceRef} e.g. the hotline's work-order number. An enterprise's own account raises demands of its
	 * enterprise only, from the portal, whatever it says here.
	 */
	public record RaiseDemand(Long enterpriseId, String type, Long categoryId, String title, String content, String contactName,
			String contactPhone, String source, String sourceRef, Long visitId) {
	}

	/**
	 * One step on a demand: which, and what it takes. {@code unitId}: the unit a demand is dispatched, transferred or
	 * given to on arbitration, or the co-handling unit; {@code upheld}: on arbitration, whether the return stands (another
	 * unit takes the demand) or not (the unit keeps it); {@code rating} and {@code resolved}: the enterprise's judgement;
	 * {@code otherDemandId}: the demand this one is merged into; {@code goalId}: the supervised goal a raised task joins;
	 * {@code text}: the reason, answer, contribution, reminder or note the step carries.
	 */
	public record TakeStep(DemandStep step, Long unitId, Boolean upheld, Satisfaction rating, Boolean resolved, Long otherDemandId,
			Long goalId, String text) {

		public static TakeStep of(DemandStep step, String text) {
			return new TakeStep(step, null, null, null, null, null, null, text);
		}
	}
}
