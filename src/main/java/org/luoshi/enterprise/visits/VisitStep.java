package org.luoshi.enterprise.visits;

/**
 * The steps of a visit's life once it exists (planning it, or recording one that was not planned, creates it). Which
 * is allowed in which {@link VisitStatus}, for whom, is the visit's transition table; {@link VisitActions} lists those
 * an actor may take now.
 */
public enum VisitStep {
	/** Change a planned visit: date, who goes, which enterprises, purpose. */
	EDIT,
	/** The planned visit took place: the day, what was found at each enterprise, photos. */
	RECORD,
	/** The planned visit will not take place, with the reason. */
	CANCEL,
	/** More photos of a recorded visit. */
	ADD_PHOTOS
}
