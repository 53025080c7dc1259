package org.luoshi.reports;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.apache.fontbox.ttf.TrueTypeCollection;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Word and PDF files built in the test, as an office would produce them. */
final class DocumentFiles {

	/** A CJK font found on the development and CI machines (Debian fonts-wqy-microhei). */
	static final File CJK_FONT = new File("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc");

	private DocumentFiles() {
	}

	/**
	 * A notice: title, paragraphs, items numbered by Word's automatic numbering ("1." drawn, not typed), and a
	 * task table.
	 */
	static byte[] docx(String title, List<String> paragraphs, List<String> numberedItems, List<List<String>> table) {
		try (XWPFDocument document = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			document.createParagraph().createRun().setText(title);
			for (String text : paragraphs) {
				document.createParagraph().createRun().setText(text);
			}
			if (!numberedItems.isEmpty()) {
				BigInteger numId = decimalNumbering(document);
				for (String item : numberedItems) {
					XWPFParagraph paragraph = document.createParagraph();
					paragraph.setNumID(numId);
					paragraph.setNumILvl(BigInteger.ZERO);
					paragraph.createRun().setText(item);
				}
			}
			if (!table.isEmpty()) {
				XWPFTable wordTable = document.createTable(table.size(), table.get(0).size());
				for (int r = 0; r < table.size(); r++) {
					XWPFTableRow row = wordTable.getRow(r);
					for (int c = 0; c < table.get(r).size(); c++) {
						row.getCell(c).setText(table.get(r).get(c));
					}
				}
			}
			document.write(out);
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	private static BigInteger decimalNumbering(XWPFDocument document) {
		CTAbstractNum abstractNum = CTAbstractNum.Factory.newInstance();
		abstractNum.setAbstractNumId(BigInteger.ONE);
		CTLvl level = abstractNum.addNewLvl();
		level.setIlvl(BigInteger.ZERO);
		level.addNewStart().setVal(BigInteger.ONE);
		level.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
		level.addNewLvlText().setVal("%1.");
		XWPFNumbering numbering = document.createNumbering();
		BigInteger abstractId = numbering.addAbstractNum(new XWPFAbstractNum(abstractNum, numbering));
		return numbering.addNum(abstractId);
	}

	/** A PDF whose lines are set as a page sets them; {@code password} protects it when not null. */
	static byte[] pdf(List<String> lines, String password) {
		try (PDDocument document = new PDDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
			PDPage page = new PDPage();
			document.addPage(page);
			if (!lines.isEmpty()) {
				try (TrueTypeCollection collection = new TrueTypeCollection(CJK_FONT)) {
					TrueTypeFont font = collection.getFontByName("WenQuanYiMicroHei");
					PDType0Font type0 = PDType0Font.load(document, font, true);
					try (PDPageContentStream content = new PDPageContentStream(document, page)) {
						content.beginText();
						content.setFont(type0, 11);
						content.setLeading(16);
						content.newLineAtOffset(50, 740);
						for (String line : lines) {
							content.showText(line);
							content.newLine();
						}
						content.endText();
					}
					if (password != null) {
						StandardProtectionPolicy policy = new StandardProtectionPolicy(password + "-owner", password, new AccessPermission());
						policy.setEncryptionKeyLength(128);
						document.protect(policy);
					}
					document.save(out);
				}
			}
			else {
				document.save(out);
			}
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A zip posing as a Word file whose document unpacks to {@code unpackedBytes} of zeros. */
	static byte[] zipBomb(long unpackedBytes) {
		try (ByteArrayOutputStream out = new ByteArrayOutputStream(); ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry("word/document.xml"));
			byte[] zeros = new byte[1 << 20];
			for (long written = 0; written < unpackedBytes; written += zeros.length) {
				zip.write(zeros);
			}
			zip.closeEntry();
			zip.finish();
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
