package org.luoshi.enterprise.demands;

/** The enterprise's rating of an answer: 满意, 基本满意, 不满意 (which sends the demand back to be handled again). */
public enum Satisfaction {
	SATISFIED, BASICALLY, UNSATISFIED;

	public boolean accepts() {
		return this != UNSATISFIED;
	}
}
