/**
 * Printable Chinese official documents as PDF: {@link org.luoshi.shared.print.PrintedDocument} lays out a notice,
 * an opinion or a certificate in the manner of GB/T 9704-2012, and {@link org.luoshi.shared.print.PrintFont} chooses
 * whether the reader supplies the Chinese typeface or the document embeds one.
 *
 * <p>Nothing here needs a font on the server: by default the PDF names the CJK font STSong-Light, for which PDF
 * readers supply a Chinese typeface of their own.
 */
package org.luoshi.shared.print;
