package org.luoshi.shared.print;

/** How a kind of text is set: size and line height in points, colour, and whether it is bold. */
record TextStyle(float size, float leading, Ink ink, boolean bold) {
}
