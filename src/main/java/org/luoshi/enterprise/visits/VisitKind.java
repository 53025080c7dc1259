package org.luoshi.enterprise.visits;

/** Who leads a visit: a district leader (领导走访), CPPCC members (政协委员走访) or a department (部门走访). */
public enum VisitKind {
	LEADER, CPPCC, DEPARTMENT
}
