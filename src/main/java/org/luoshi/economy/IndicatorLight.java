package org.luoshi.economy;

/**
 * Where an indicator stands against its target, by the district's rule: green when growth so far is at least the
 * growth the target asks for, amber when it is short by no more than the district's margin, red beyond it.
 */
public enum IndicatorLight {
	GREEN,
	AMBER,
	RED
}
