package org.luoshi.projects;

/**
 * A platform (产业平台) projects are built on, possibly part of a larger one (a start-up zone of an industrial cluster).
 *
 * @param townCode the division code of the town it lies in, {@code null} when it spans several
 */
public record ProjectPlatform(long id, String name, Long parentId, String parentName, String townCode, String description, boolean demo,
		int version) {
}
