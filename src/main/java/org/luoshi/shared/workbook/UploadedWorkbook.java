package org.luoshi.shared.workbook;

import java.io.ByteArrayInputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.apache.commons.compress.archivers.zip.ZipArchiveEntry;
import org.apache.commons.compress.archivers.zip.ZipFile;
import org.apache.commons.compress.utils.SeekableInMemoryByteChannel;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.ReadingOptions;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.luoshi.shared.workbook.WorkbookRefusedException.Reason;

/**
 * The one reader of uploaded .xlsx workbooks (every import uses it), guarded against files that are small on the wire
 * and huge inside. Opening a workbook first inflates every part of the package through a counter that stops at
 * {@link Limits#maxUnpackedBytes()}: a few hundred kilobytes that unpack to gigabytes are refused after reading the
 * limit, before any XML parser holds a string of them; that pass also picks up each sheet's merged cells. Rows are then
 * streamed (fastexcel-reader) and counted as they come: a sheet is refused at its {@link Limits#maxRows()}+1st row,
 * not after reading all of it.
 *
 * <p>Merged cells: offices merge a unit or a deadline down a column for several rows. Each row of such a merge
 * reads the merge's value in the merge's first column. A merge within one row (a heading across the table) keeps its
 * value in its first cell only, as Excel shows it.
 */
public final class UploadedWorkbook implements Closeable {

	/**
	 * @param maxUnpackedBytes what the whole package may unpack to
	 * @param maxRows rows a sheet may have (header, headings and blank rows with content included)
	 */
	public record Limits(long maxUnpackedBytes, int maxRows) {
	}

	private static final Pattern SHEET_PART = Pattern.compile("xl/worksheets/[^/]+\\.xml");
	private static final Pattern CELL_REFERENCE = Pattern.compile("([A-Z]+)(\\d+)");

	private final ReadableWorkbook workbook;
	private final Limits limits;
	private final Map<String, List<Merge>> mergesBySheetPart;
	private final Map<String, String> sheetPartById;

	private UploadedWorkbook(ReadableWorkbook workbook, Limits limits, Map<String, List<Merge>> mergesBySheetPart, Map<String, String> sheetPartById) {
		this.workbook = workbook;
		this.limits = limits;
		this.mergesBySheetPart = mergesBySheetPart;
		this.sheetPartById = sheetPartById;
	}

	/**
	 * Opens the workbook the bytes hold (the caller has bounded their number).
	 *
	 * @throws WorkbookRefusedException when it is empty, not an .xlsx, unpacks to too much or cannot be read
	 */
	public static UploadedWorkbook open(byte[] content, Limits limits) {
		if (content == null || content.length == 0) {
			throw new WorkbookRefusedException(Reason.EMPTY);
		}
		if (ReadableWorkbook.isOLE2Header(content)) {
			throw new WorkbookRefusedException(Reason.LEGACY_OR_ENCRYPTED);
		}
		if (!ReadableWorkbook.isOOXMLZipHeader(content)) {
			throw new WorkbookRefusedException(Reason.NOT_XLSX);
		}
		try {
			Package parts = Package.read(content, limits.maxUnpackedBytes());
			// Unparseable numbers become error cells rather than failing the whole file.
			ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content), new ReadingOptions(false, true));
			return new UploadedWorkbook(workbook, limits, parts.merges(), parts.sheetPartById());
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof WorkbookRefusedException refused) {
				throw refused;
			}
			// fastexcel and the zip library report a damaged package, bad XML or a missing part in many ways; all mean the same.
			throw new WorkbookRefusedException(Reason.UNREADABLE);
		}
	}

	public List<String> sheetNames() {
		return workbook.getSheets().map(Sheet::getName).toList();
	}

	/**
	 * The rows of the sheet of that name, streamed; close the stream.
	 *
	 * @throws WorkbookRefusedException while streaming, at a row beyond the limit or where the sheet cannot be read
	 */
	public Optional<Stream<SheetRow>> rows(String sheetName) {
		return workbook.findSheet(sheetName).map(this::rows);
	}

	/** Every sheet's rows, in the workbook's order; see {@link #rows(String)}. */
	public List<Stream<SheetRow>> allSheets() {
		return workbook.getSheets().toList().stream().map(this::rows).toList();
	}

	private Stream<SheetRow> rows(Sheet sheet) {
		Stream<Row> rows;
		try {
			rows = sheet.openStream();
		}
		catch (IOException | RuntimeException e) {
			throw new WorkbookRefusedException(Reason.UNREADABLE);
		}
		List<Merge> merges = mergesBySheetPart.getOrDefault(sheetPartById.get(sheet.getId()), List.of()).stream()
			.sorted(java.util.Comparator.comparingInt(Merge::firstRow))
			.toList();
		Iterator<Row> source = rows.iterator();
		Iterator<SheetRow> guarded = new Iterator<>() {

			/** The merges that reach the current row, each with its first cell's content once read. */
			private final Map<Merge, Cell> open = new HashMap<>();
			private int nextMerge;
			private int read;

			@Override
			public boolean hasNext() {
				try {
					return source.hasNext();
				}
				catch (RuntimeException e) {
					throw new WorkbookRefusedException(Reason.UNREADABLE);
				}
			}

			@Override
			public SheetRow next() {
				Row row;
				try {
					row = source.next();
				}
				catch (RuntimeException e) {
					throw new WorkbookRefusedException(Reason.UNREADABLE);
				}
				if (++read > limits.maxRows()) {
					throw new WorkbookRefusedException(Reason.TOO_MANY_ROWS, limits.maxRows());
				}
				return withMerges(row);
			}

			private SheetRow withMerges(Row row) {
				TreeMap<Integer, Cell> cells = new TreeMap<>();
				for (Cell cell : row) {
					if (cell != null) {
						cells.put(cell.getColumnIndex(), cell);
					}
				}
				int number = row.getRowNum();
				open.keySet().removeIf(merge -> merge.lastRow() < number);
				for (; nextMerge < merges.size() && merges.get(nextMerge).firstRow() <= number; nextMerge++) {
					Merge merge = merges.get(nextMerge);
					Cell first = merge.firstRow() == number ? cells.get(merge.firstColumn()) : null;
					if (first != null && merge.lastRow() >= number) {
						open.put(merge, first);
					}
				}
				open.forEach((merge, first) -> {
					if (merge.firstRow() < number) {
						cells.put(merge.firstColumn(), first);
					}
				});
				return new SheetRow(number, Collections.unmodifiableSortedMap(cells));
			}
		};
		return StreamSupport.stream(Spliterators.spliteratorUnknownSize(guarded, Spliterator.ORDERED), false).onClose(rows::close);
	}

	@Override
	public void close() {
		try {
			workbook.close();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** A merged range running down at least two rows; rows from 1, columns from 0 as fastexcel counts them. */
	record Merge(int firstRow, int lastRow, int firstColumn) {

		/** A range such as {@code B3:B7}; {@code null} for one that stays within a row. */
		static Merge of(String reference) {
			String[] corners = reference.split(":");
			if (corners.length != 2) {
				return null;
			}
			Matcher first = CELL_REFERENCE.matcher(corners[0]);
			Matcher last = CELL_REFERENCE.matcher(corners[1]);
			if (!first.matches() || !last.matches()) {
				return null;
			}
			int firstRow = Integer.parseInt(first.group(2));
			int lastRow = Integer.parseInt(last.group(2));
			return lastRow > firstRow ? new Merge(firstRow, lastRow, column(first.group(1))) : null;
		}

		private static int column(String letters) {
			int column = 0;
			for (char letter : letters.toCharArray()) {
				column = column * 26 + (letter - 'A' + 1);
			}
			return column - 1;
		}
	}

	/** What the guarded pass over the package found: each sheet part's merges and which part each sheet id names. */
	private record Package(Map<String, List<Merge>> merges, Map<String, String> sheetPartById) {

		private static final XMLInputFactory XML = XMLInputFactory.newFactory();

		static {
			XML.setProperty(XMLInputFactory.SUPPORT_DTD, false);
			XML.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		}

		static Package read(byte[] zip, long limit) throws IOException {
			Map<String, List<Merge>> merges = new HashMap<>();
			Map<String, String> sheetPartById = new HashMap<>();
			long[] unpacked = { 0 };
			try (ZipFile file = ZipFile.builder().setSeekableByteChannel(new SeekableInMemoryByteChannel(zip)).get()) {
				for (ZipArchiveEntry entry : Collections.list(file.getEntries())) {
					try (InputStream in = new CountingStream(file.getInputStream(entry), unpacked, limit)) {
						String name = entry.getName();
						if (SHEET_PART.matcher(name).matches()) {
							merges.put(name, merges(in));
						}
						else if (name.equals("xl/_rels/workbook.xml.rels")) {
							relationships(in, sheetPartById);
						}
						else {
							in.transferTo(java.io.OutputStream.nullOutputStream());
						}
					}
				}
			}
			catch (XMLStreamException e) {
				if (e.getCause() instanceof WorkbookRefusedException refused) {
					throw refused;
				}
				throw new WorkbookRefusedException(Reason.UNREADABLE);
			}
			return new Package(merges, sheetPartById);
		}

		private static List<Merge> merges(InputStream sheet) throws XMLStreamException, IOException {
			List<Merge> merges = new ArrayList<>();
			XMLStreamReader xml = XML.createXMLStreamReader(sheet);
			try {
				while (xml.hasNext()) {
					if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("mergeCell")) {
						Merge merge = Merge.of(xml.getAttributeValue(null, "ref"));
						if (merge != null) {
							merges.add(merge);
						}
					}
				}
			}
			finally {
				xml.close();
			}
			sheet.transferTo(java.io.OutputStream.nullOutputStream());
			return merges;
		}

		private static void relationships(InputStream rels, Map<String, String> sheetPartById) throws XMLStreamException {
			XMLStreamReader xml = XML.createXMLStreamReader(rels);
			try {
				while (xml.hasNext()) {
					if (xml.next() == XMLStreamConstants.START_ELEMENT && xml.getLocalName().equals("Relationship")) {
						String target = xml.getAttributeValue(null, "Target");
						String id = xml.getAttributeValue(null, "Id");
						if (target != null && id != null) {
							sheetPartById.put(id, target.startsWith("/") ? target.substring(1) : "xl/" + target);
						}
					}
				}
			}
			finally {
				xml.close();
			}
		}
	}

	/** Counts what the package unpacks to, across its entries, and refuses the byte beyond the limit. */
	private static final class CountingStream extends java.io.FilterInputStream {

		private final long[] total;
		private final long limit;

		CountingStream(InputStream in, long[] total, long limit) {
			super(in);
			this.total = total;
			this.limit = limit;
		}

		@Override
		public int read() throws IOException {
			int b = super.read();
			if (b >= 0) {
				count(1);
			}
			return b;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = super.read(buffer, offset, length);
			if (read > 0) {
				count(read);
			}
			return read;
		}

		private void count(int bytes) {
			total[0] += bytes;
			if (total[0] > limit) {
				throw new WorkbookRefusedException(Reason.TOO_MUCH_CONTENT, limit);
			}
		}
	}
}
