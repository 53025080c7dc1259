package org.luoshi.organization;

/** An administrative division: 6-digit county-level codes (GB/T 2260) and 9-digit township codes. */
public record Division(String code, String name, String level, String parentCode) {
}
