package org.luoshi.enterprise.demands;

/**
 * Where a demand was heard: on a visit (走访), on the enterprise portal, transferred from the 12345 hotline, from a
 * CPPCC member, or at a counter.
 */
public enum DemandSource {
	VISIT, PORTAL, HOTLINE, CPPCC, COUNTER
}
