package org.luoshi.enterprise;

/**
 * An enterprise's size (企业规模) as the statistics office classes it (大型, 中型, 小型, 微型). Called scale, not size,
 * because {@code size} is the page size of every list in Luoshi.
 */
public enum EnterpriseScale {
	LARGE, MEDIUM, SMALL, MICRO
}
