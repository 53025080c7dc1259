package org.luoshi.economy;

/**
 * Where values and targets are kept: the district (its six-digit division code) or one of its towns and subdistricts
 * (nine digits).
 */
public record Place(String code, String name, boolean district) {
}
