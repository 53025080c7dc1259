package org.luoshi.supervision.internal.ledger;

/**
 * The traffic light a ledger shows beside a task's status (推进中·红灯): the status cell takes its colours, those of
 * Excel's own good / neutral / bad cell styles, so that a printed ledger reads like the ones offices already keep.
 */
public enum Light {

	GREEN("C6EFCE", "006100"),
	YELLOW("FFEB9C", "9C5700"),
	RED("FFC7CE", "9C0006");

	private final String fill;
	private final String font;

	Light(String fill, String font) {
		this.fill = fill;
		this.font = font;
	}

	String fill() {
		return fill;
	}

	String font() {
		return font;
	}
}
