package org.luoshi.enterprise.proposals;

/** What becomes of a proposal not accepted: a public-opinion report (社情民意信息), a letter to the unit concerned, nothing. */
public enum Disposition {
	OPINION, LETTER, NONE
}
