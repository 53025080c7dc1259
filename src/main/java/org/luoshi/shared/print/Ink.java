package org.luoshi.shared.print;

/** The colours of an official document: black type, and red for the issuing body's header and its rule. */
enum Ink {

	BLACK("0 0 0"),
	/** Pure red, as the header of 红头文件 is printed. */
	RED("1 0 0");

	private final String rgb;

	Ink(String rgb) {
		this.rgb = rgb;
	}

	/** The operands of {@code rg} and {@code RG}. */
	String rgb() {
		return rgb;
	}
}
