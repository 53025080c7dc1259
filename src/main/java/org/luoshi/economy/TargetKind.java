package org.luoshi.economy;

/** A year's target: a level to reach (e.g. 1,000 亿元) or a growth rate on last year (e.g. 5.5 %). */
public enum TargetKind {
	LEVEL,
	GROWTH
}
