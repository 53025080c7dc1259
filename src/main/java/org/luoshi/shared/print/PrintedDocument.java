package org.luoshi.shared.print;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.GregorianCalendar;
import java.util.List;
import java.util.Objects;

import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdfwriter.compress.CompressParameters;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDDocumentInformation;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.interactive.viewerpreferences.PDViewerPreferences;

/**
 * A Chinese official document printed as an A4 PDF: the red header with the issuing body and the document number
 * (蓬督〔2026〕3号) over a red rule, the title, then the body in the order it was added (paragraphs, and tables of
 * labelled fields), and the signature block at the end, with "第 N 页 共 M 页" at the foot of every page. The layout
 * follows GB/T 9704-2012 (党政机关公文格式).
 *
 * <pre>{@code
 * byte[] pdf = PrintedDocument.titled("督办通知单")
 *         .issuer("江门市蓬江区人民政府督查室")
 *         .number("蓬督〔2026〕3号")
 *         .field("督办事项", "……")
 *         .field("承办单位", "区住房城乡建设局")
 *         .paragraph("请于规定时限内办结并书面报送办理情况。")
 *         .signedBy("江门市蓬江区人民政府督查室")
 *         .dated(LocalDate.of(2026, 3, 2))
 *         .toPdf();
 * }</pre>
 *
 * <p>Text is wrapped to the measured width of its characters, Chinese, Latin and digits mixed. A character the
 * {@linkplain PrintFont font} cannot show (an emoji, a control character, with the default font a rare ideograph
 * outside GB 18030) is printed as 〓, never dropped and never an error. A document is built and printed by one
 * thread; {@link #toPdf()} may be called more than once.
 */
public final class PrintedDocument {

	private static final String PRODUCER = "Luoshi";
	private static final ZoneId DISTRICT_ZONE = ZoneId.of("Asia/Shanghai");

	private final String title;
	private PrintFont font = PrintFont.predefinedSong();
	private Margins margins = Margins.OFFICIAL;
	private String issuer;
	private String number;
	private final List<Block> body = new ArrayList<>();
	private final List<String> signatories = new ArrayList<>();
	private LocalDate date;

	private PrintedDocument(String title) {
		this.title = title;
	}

	/** A document with this title, which is also the PDF's title property. */
	public static PrintedDocument titled(String title) {
		if (title == null || title.isBlank()) {
			throw new IllegalArgumentException("A printed document needs a title");
		}
		return new PrintedDocument(title);
	}

	/** The typeface; {@link PrintFont#predefinedSong()} unless set. */
	public PrintedDocument font(PrintFont font) {
		this.font = Objects.requireNonNull(font);
		return this;
	}

	/** The margins; {@link Margins#OFFICIAL} unless set. */
	public PrintedDocument margins(Margins margins) {
		this.margins = Objects.requireNonNull(margins);
		return this;
	}

	/** The issuing body (发文机关), printed large and red at the top with a red rule under the header. */
	public PrintedDocument issuer(String issuingBody) {
		this.issuer = Objects.requireNonNull(issuingBody);
		return this;
	}

	/** The document number (发文字号), e.g. 蓬督〔2026〕3号, centred under the issuing body. */
	public PrintedDocument number(String number) {
		this.number = Objects.requireNonNull(number);
		return this;
	}

	/**
	 * A row of a ruled table: the label in the left column, the value, which may be long and may contain line
	 * breaks, wrapped in the right one. Fields added one after another form one table.
	 */
	public PrintedDocument field(String label, String value) {
		Field field = new Field(Objects.requireNonNull(label), Objects.requireNonNull(value));
		if (!body.isEmpty() && body.get(body.size() - 1) instanceof Table table) {
			table.fields().add(field);
		}
		else {
			body.add(new Table(new ArrayList<>(List.of(field))));
		}
		return this;
	}

	/** A paragraph, its first line indented by two characters; each line break in the text starts another. */
	public PrintedDocument paragraph(String text) {
		body.add(new Paragraph(Objects.requireNonNull(text)));
		return this;
	}

	/** The signatories (发文机关署名), one per line, at the bottom right after the body. */
	public PrintedDocument signedBy(String... signatories) {
		this.signatories.clear();
		this.signatories.addAll(List.of(signatories));
		return this;
	}

	/** The date (成文日期), printed under the signatories as 2026年3月2日. */
	public PrintedDocument dated(LocalDate date) {
		this.date = Objects.requireNonNull(date);
		return this;
	}

	/**
	 * The PDF, with its title, author and producer ("Luoshi") and creation date set.
	 *
	 * @throws UncheckedIOException only if PDFBox fails to write to memory, or to read an embedded font's data
	 */
	public byte[] toPdf() {
		try (PDDocument document = new PDDocument()) {
			DocumentFont documentFont = font.openIn(document);
			COSDictionary resources = resources(documentFont);
			for (Canvas canvas : typeset(documentFont)) {
				document.addPage(page(document, canvas, resources));
			}
			documentFont.embedUsedGlyphs();
			describe(document);
			ByteArrayOutputStream pdf = new ByteArrayOutputStream();
			// Without object streams the file stays PDF 1.4, for old readers, and its trailer is exact: PDFBox 3.0.5
			// writes a wrong /Size with them, which qpdf reports. The pages' content is compressed all the same.
			document.save(pdf, CompressParameters.NO_COMPRESSION);
			return pdf.toByteArray();
		}
		catch (IOException e) {
			throw new UncheckedIOException("Cannot print " + title, e);
		}
	}

	/**
	 * The pages: set as usual, and when that runs over one page, set once more with closer lines; the closer setting is
	 * taken if it fits on one page (a notice is one sheet, not a page and a signature), the usual one otherwise.
	 */
	private List<Canvas> typeset(DocumentFont documentFont) {
		List<Canvas> pages = typeset(documentFont, false);
		if (pages.size() > 1) {
			List<Canvas> compact = typeset(documentFont, true);
			if (compact.size() == 1) {
				return compact;
			}
		}
		return pages;
	}

	private List<Canvas> typeset(DocumentFont documentFont, boolean compact) {
		Typesetter typesetter = new Typesetter(documentFont, margins, compact);
		typesetter.header(issuer, number);
		typesetter.title(title);
		for (Block block : body) {
			if (block instanceof Paragraph paragraph) {
				typesetter.paragraphs(paragraph.text());
			}
			else if (block instanceof Table table) {
				typesetter.table(table.fields());
			}
		}
		if (!signatories.isEmpty() || date != null) {
			typesetter.signature(signatories, date == null ? null : chineseDate(date));
		}
		return typesetter.finish();
	}

	/** GB/T 9704: the year in full, month and day without leading zeros. */
	private static String chineseDate(LocalDate date) {
		return date.getYear() + "年" + date.getMonthValue() + "月" + date.getDayOfMonth() + "日";
	}

	private static COSDictionary resources(DocumentFont documentFont) {
		COSDictionary fonts = new COSDictionary();
		fonts.setItem(Canvas.FONT_RESOURCE, documentFont.dictionary());
		COSDictionary resources = new COSDictionary();
		resources.setItem(COSName.FONT, fonts);
		return resources;
	}

	private static PDPage page(PDDocument document, Canvas canvas, COSDictionary resources) throws IOException {
		PDPage page = new PDPage(PDRectangle.A4);
		page.setResources(new PDResources(resources));
		PDStream contents = new PDStream(document);
		try (OutputStream out = contents.createOutputStream(COSName.FLATE_DECODE)) {
			out.write(canvas.contentStream());
		}
		page.setContents(contents);
		return page;
	}

	private void describe(PDDocument document) {
		PDDocumentInformation information = document.getDocumentInformation();
		information.setTitle(title);
		information.setAuthor(PRODUCER);
		information.setProducer(PRODUCER);
		information.setCreationDate(GregorianCalendar.from(ZonedDateTime.now(DISTRICT_ZONE)));
		document.getDocumentCatalog().setLanguage("zh-CN");
		// Readers then show the title, not the file name, in their title bar.
		PDViewerPreferences preferences = new PDViewerPreferences(new COSDictionary());
		preferences.setDisplayDocTitle(true);
		document.getDocumentCatalog().setViewerPreferences(preferences);
	}

	record Field(String label, String value) {
	}

	private sealed interface Block permits Paragraph, Table {
	}

	private record Paragraph(String text) implements Block {
	}

	private record Table(List<Field> fields) implements Block {
	}
}
