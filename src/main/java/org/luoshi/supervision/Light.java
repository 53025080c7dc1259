package org.luoshi.supervision;

/**
 * A task's traffic light, set by the district's overdue policy: red when the deadline has passed, yellow when it is
 * near without a recent progress report, a milestone has slipped or the task waits too long for signing, green
 * otherwise. Finished tasks are green.
 */
public enum Light {
	GREEN, YELLOW, RED;

	/** As the API writes it: {@code green}, {@code yellow}, {@code red}. */
	@com.fasterxml.jackson.annotation.JsonValue
	public String json() {
		return name().toLowerCase(java.util.Locale.ROOT);
	}

	/** The light named so, in either case; empty for anything else. */
	public static java.util.Optional<Light> parse(String name) {
		if (name == null) {
			return java.util.Optional.empty();
		}
		String wanted = name.strip();
		return java.util.Arrays.stream(values()).filter(light -> light.name().equalsIgnoreCase(wanted)).findFirst();
	}

	/** Lower is more urgent: red first. */
	public int urgency() {
		return switch (this) {
			case RED -> 0;
			case YELLOW -> 1;
			case GREEN -> 2;
		};
	}
}
