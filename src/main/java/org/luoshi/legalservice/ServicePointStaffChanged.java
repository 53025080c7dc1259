package org.luoshi.legalservice;

/**
 * A point's staff list changed: those who see its requests by that list are others now. Published in the change's
 * transaction; the requests module states its search documents of the point again.
 */
public record ServicePointStaffChanged(long pointId) {
}
