package org.luoshi.supervision.ledger;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import java.util.zip.ZipOutputStream;

import javax.xml.parsers.DocumentBuilderFactory;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** Workbooks for the tests: written with fastexcel as an office would fill them in, and opened back part by part. */
final class LedgerWorkbooks {

	private static final String FIRST_SHEET = "xl/worksheets/sheet1.xml";

	static final LocalDateTime EXPORTED_AT = LocalDateTime.of(2026, 12, 1, 10, 0);

	private LedgerWorkbooks() {
	}

	/** A workbook of one sheet, 任务表, whose rows hold the given cells: {@code null} leaves a cell out. */
	static byte[] sheet(List<?>... rows) {
		return workbook(sheet -> fill(sheet, 0, Arrays.asList(rows)));
	}

	static byte[] workbook(Consumer<Worksheet> sheet) {
		return workbook("任务表", sheet);
	}

	static byte[] workbook(String sheetName, Consumer<Worksheet> sheet) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "test", "1.0");
			sheet.accept(workbook.newWorksheet(sheetName));
			workbook.finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** Writes rows from row index {@code first}: text, numbers, and dates as date cells as Excel stores them. */
	static void fill(Worksheet sheet, int first, List<? extends List<?>> rows) {
		for (int r = 0; r < rows.size(); r++) {
			List<?> cells = rows.get(r);
			for (int c = 0; c < cells.size(); c++) {
				Object value = cells.get(c);
				if (value instanceof String text) {
					sheet.value(first + r, c, text);
				}
				else if (value instanceof Number number) {
					sheet.value(first + r, c, number);
				}
				else if (value instanceof LocalDate date) {
					sheet.value(first + r, c, date);
					sheet.style(first + r, c).format("yyyy\"年\"m\"月\"d\"日\"").set();
				}
				else if (value != null) {
					throw new IllegalArgumentException("no cell for " + value);
				}
			}
		}
	}

	static byte[] written(LedgerLayout layout, List<LedgerRow> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			new TaskLedgerWriter().write(layout, "2026年全力冲刺千亿GDP强区重点任务台账", EXPORTED_AT, rows, out);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/** The rows of the first sheet, with each cell's number format. */
	static List<Row> rows(byte[] xlsx) {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(xlsx), new ReadingOptions(true, false))) {
			return workbook.getFirstSheet().read();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * One part of the package, such as xl/styles.xml. Read through the central directory: fastexcel streams its
	 * entries with sizes given after the data, which {@code ZipInputStream} does not follow.
	 */
	static String part(byte[] xlsx, String name) {
		try {
			Path file = Files.createTempFile("ledger", ".xlsx");
			try (ZipFile zip = new ZipFile(Files.write(file, xlsx).toFile())) {
				ZipEntry entry = zip.getEntry(name);
				if (entry == null) {
					throw new AssertionError("no part " + name);
				}
				return new String(zip.getInputStream(entry).readAllBytes(), StandardCharsets.UTF_8);
			}
			finally {
				Files.delete(file);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/**
	 * The workbook with cells of its first sheet replaced by the XML given for them, for what fastexcel does not write:
	 * formulas with the value Excel computed for them.
	 */
	static byte[] withCells(byte[] xlsx, Map<String, String> xmlByCell) {
		String sheet = firstSheetXml(xlsx);
		for (Map.Entry<String, String> cell : xmlByCell.entrySet()) {
			String replaced = sheet.replaceFirst("<c r=\"" + cell.getKey() + "\"[^>]*>.*?</c>", Matcher.quoteReplacement(cell.getValue()));
			if (replaced.equals(sheet)) {
				throw new AssertionError("no cell " + cell.getKey());
			}
			sheet = replaced;
		}
		try {
			Path file = Files.createTempFile("ledger", ".xlsx");
			ByteArrayOutputStream out = new ByteArrayOutputStream();
			try (ZipFile zip = new ZipFile(Files.write(file, xlsx).toFile()); ZipOutputStream copy = new ZipOutputStream(out)) {
				for (ZipEntry entry : Collections.list(zip.entries())) {
					copy.putNextEntry(new ZipEntry(entry.getName()));
					copy.write(entry.getName().equals(FIRST_SHEET) ? sheet.getBytes(StandardCharsets.UTF_8) : zip.getInputStream(entry).readAllBytes());
				}
			}
			finally {
				Files.delete(file);
			}
			return out.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String firstSheetXml(byte[] xlsx) {
		return part(xlsx, FIRST_SHEET);
	}

	/** The fill colour (RRGGBB) of a cell of the first sheet, through its style in xl/styles.xml; null for none. */
	static String fillColor(byte[] xlsx, String cellReference) {
		Document sheet = xml(firstSheetXml(xlsx));
		Document styles = xml(part(xlsx, "xl/styles.xml"));
		int style = 0;
		for (Element cell : elements(sheet.getElementsByTagName("c"))) {
			if (cell.getAttribute("r").equals(cellReference) && !cell.getAttribute("s").isEmpty()) {
				style = Integer.parseInt(cell.getAttribute("s"));
			}
		}
		Element cellXfs = (Element) styles.getElementsByTagName("cellXfs").item(0);
		Element xf = elements(cellXfs.getElementsByTagName("xf")).get(style);
		Element fill = elements(styles.getElementsByTagName("fill")).get(Integer.parseInt(xf.getAttribute("fillId")));
		NodeList colours = fill.getElementsByTagName("fgColor");
		if (colours.getLength() == 0) {
			return null;
		}
		String argb = ((Element) colours.item(0)).getAttribute("rgb");
		return argb.length() == 8 ? argb.substring(2) : argb;
	}

	private static Document xml(String text) {
		try {
			return DocumentBuilderFactory.newInstance().newDocumentBuilder()
				.parse(new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (Exception e) {
			throw new AssertionError(e);
		}
	}

	private static List<Element> elements(NodeList nodes) {
		List<Element> elements = new ArrayList<>();
		for (int i = 0; i < nodes.getLength(); i++) {
			elements.add((Element) nodes.item(i));
		}
		return elements;
	}
}
