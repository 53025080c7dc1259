package org.luoshi.enterprise.proposals;

/** The proposer's evaluation of an answer: 满意, 基本满意, 不满意 (answered again). */
public enum Evaluation {
	SATISFIED, BASICALLY, UNSATISFIED;

	public boolean accepts() {
		return this != UNSATISFIED;
	}
}
