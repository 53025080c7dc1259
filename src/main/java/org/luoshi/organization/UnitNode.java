package org.luoshi.organization;

import java.util.List;

/** A unit with its sub-units, for drawing the tree. */
public record UnitNode(UnitSummary unit, List<UnitNode> children) {
}
