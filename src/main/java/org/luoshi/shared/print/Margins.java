package org.luoshi.shared.print;

/**
 * The margins of an A4 portrait sheet, in millimetres: the type area is what they leave.
 *
 * <p>The page footer is set in the bottom margin, 7 mm under the type area, so the bottom margin must leave room
 * for it. The type area must stay at least 60 mm each way, so that a table's label and value columns still hold a
 * few characters.
 */
public record Margins(double top, double right, double bottom, double left) {

	/**
	 * GB/T 9704-2012 (党政机关公文格式): the type area is 156 mm × 225 mm, 37 mm from the top edge and 28 mm from the
	 * left (binding) edge.
	 */
	public static final Margins OFFICIAL = new Margins(37, 26, 35, 28);

	static final double A4_WIDTH = 210;
	static final double A4_HEIGHT = 297;
	private static final double MINIMUM_TYPE_AREA = 60;
	private static final double MINIMUM_BOTTOM = 15;

	public Margins {
		if (top < 0 || right < 0 || bottom < MINIMUM_BOTTOM || left < 0) {
			throw new IllegalArgumentException("Margins must not be negative, and the bottom one at least "
					+ MINIMUM_BOTTOM + " mm for the page footer: " + top + ", " + right + ", " + bottom + ", " + left);
		}
		if (A4_WIDTH - left - right < MINIMUM_TYPE_AREA || A4_HEIGHT - top - bottom < MINIMUM_TYPE_AREA) {
			throw new IllegalArgumentException("Margins leave less than " + MINIMUM_TYPE_AREA + " mm of type area: "
					+ top + ", " + right + ", " + bottom + ", " + left);
		}
	}
}
