package org.luoshi.shared.print;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.IntStream;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDCIDFont;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.print.PrintedGlyphs.Glyph;

class PrintedDocumentTests {

	static final String TITLE = "关于加快推进杜阮镇老旧小区改造工作的督办通知";
	static final String MATTER = "加快推进杜阮镇老旧小区改造工作，确保2026年6月底前完成全部12个小区的主体改造，"
			+ "水电气管网、消防设施和无障碍设施同步更新，居民满意度达到90%以上。";
	static final String REQUIREMENTS = "一、承办单位要高度重视，主要负责同志亲自研究部署，明确分管领导和具体经办人员。\n"
			+ "二、每月25日前将工作进展情况书面报送区政府督查室，遇有重大问题及时报告。";
	static final float TYPE_AREA_RIGHT = Typesetter.PAGE_WIDTH - Typesetter.points(Margins.OFFICIAL.right());
	static final float TYPE_AREA_BOTTOM = Typesetter.points(Margins.OFFICIAL.bottom());

	static PrintedDocument notice() {
		return PrintedDocument.titled(TITLE)
				.issuer("江门市蓬江区人民政府督查室")
				.number("蓬督〔2026〕3号")
				.field("督办事项", MATTER)
				.field("承办单位", "区住房城乡建设局、杜阮镇人民政府")
				.field("完成时限", "2026年6月30日")
				.field("办理要求", REQUIREMENTS)
				.paragraph("请承办单位按照上述要求抓好落实，并于完成时限前将办理结果书面报送区政府督查室。")
				.signedBy("江门市蓬江区人民政府督查室")
				.dated(LocalDate.of(2026, 3, 2));
	}

	@Test
	void printsTheNoticeWithItsHeaderTitleFieldsParagraphAndSignature() throws IOException {
		String text = withoutWhitespace(text(notice().toPdf()));

		assertThat(text).contains("江门市蓬江区人民政府督查室", "蓬督〔2026〕3号", TITLE, "督办事项", withoutWhitespace(MATTER), "承办单位",
				"区住房城乡建设局、杜阮镇人民政府", "完成时限", "2026年6月30日", "办理要求", withoutWhitespace(REQUIREMENTS),
				"请承办单位按照上述要求抓好落实", "2026年3月2日");
	}

	@Test
	void roundTripsMixedChineseLatinAndDigits() throws IOException {
		byte[] pdf = PrintedDocument.titled("统计").paragraph("全区GDP超100亿元（2024年），同比增长6.5%。").toPdf();

		assertThat(text(pdf)).contains("全区GDP超100亿元（2024年），同比增长6.5%。");
	}

	@Test
	void isAValidA4PdfThatNamesItsTitleAuthorAndCreationDate() throws IOException {
		try (PDDocument document = Loader.loadPDF(notice().toPdf())) {
			assertThat(document.getDocumentInformation().getTitle()).isEqualTo(TITLE);
			assertThat(document.getDocumentInformation().getAuthor()).isEqualTo("Luoshi");
			assertThat(document.getDocumentInformation().getProducer()).isEqualTo("Luoshi");
			assertThat(document.getDocumentInformation().getCreationDate()).isNotNull();
			assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("zh-CN");
			assertThat(document.getPages()).allSatisfy(page -> {
				assertThat(page.getMediaBox().getWidth()).isEqualTo(PDRectangle.A4.getWidth());
				assertThat(page.getMediaBox().getHeight()).isEqualTo(PDRectangle.A4.getHeight());
			});
		}
	}

	@Test
	void namesTheNonEmbeddedStSongLightThroughThePredefinedChineseCMap() throws IOException {
		try (PDDocument document = Loader.loadPDF(notice().toPdf())) {
			PDType0Font font = (PDType0Font) document.getPage(0).getResources().getFont(COSName.getPDFName(Canvas.FONT_RESOURCE));
			PDCIDFont descendant = font.getDescendantFont();

			assertThat(font.isEmbedded()).isFalse();
			assertThat(font.getCMap().getName()).isEqualTo("UniGB-UTF16-H");
			assertThat(descendant.getBaseFont()).isEqualTo("STSong-Light");
			assertThat(descendant.getCIDSystemInfo().getOrdering()).isEqualTo("GB1");
			assertThat(descendant.getCIDSystemInfo().getSupplement()).isEqualTo(4);
			assertThat(descendant.getFontDescriptor().getAscent()).isEqualTo(880);
			assertThat(font.getWidth(0x0057)).as("'W'").isEqualTo(972);
			assertThat(font.getWidth(0x7763)).as("'督'").isEqualTo(1000);
		}
	}

	@Test
	void wrapsALongValueOnSeveralLinesInsideItsCell() throws IOException {
		String value = "加快推进老旧小区改造工作，确保二〇二六年六月底前完成全部小区的主体改造，水电气管网、消防设施和无障碍设施同步更新，"
				+ "居民满意度达到九成以上，并建立长效管理机制，GDP超100亿元（2024年）。";
		byte[] pdf = PrintedDocument.titled("督办单").field("督办事项", value).toPdf();

		try (PDDocument document = Loader.loadPDF(pdf)) {
			List<Glyph> cells = PrintedGlyphs.of(document).stream()
					.filter(glyph -> glyph.size() == Typesetter.VALUE.size() && glyph.baseline() > TYPE_AREA_BOTTOM).toList();
			float labelEnd = (float) cells.stream().filter(glyph -> "督办事项".contains(glyph.text())).mapToDouble(Glyph::end).max().orElseThrow();
			List<Glyph> valueGlyphs = cells.stream().filter(glyph -> glyph.x() > labelEnd).toList();

			assertThat(valueGlyphs.stream().map(Glyph::baseline).distinct()).hasSizeGreaterThanOrEqualTo(4);
			assertThat(valueGlyphs).allSatisfy(glyph -> assertThat(glyph.end()).isLessThanOrEqualTo(TYPE_AREA_RIGHT));
		}
		assertThat(withoutWhitespace(text(pdf))).contains(withoutWhitespace(value));
	}

	@Test
	void numbersEveryPageOfALongDocument() throws IOException {
		PrintedDocument report = PrintedDocument.titled("蓬江区2026年第一季度督查督办工作情况通报");
		IntStream.rangeClosed(1, 60).forEach(i -> report.paragraph("第" + i + "项：" + MATTER));

		try (PDDocument document = Loader.loadPDF(report.toPdf())) {
			int pageCount = document.getNumberOfPages();

			assertThat(pageCount).isGreaterThanOrEqualTo(3);
			for (int page = 1; page <= pageCount; page++) {
				assertThat(withoutWhitespace(pageText(document, page))).endsWith("第" + page + "页共" + pageCount + "页");
			}
			assertThat(withoutWhitespace(text(document))).contains("第60项：");
		}
	}

	/** Rows of one to five lines, so that the space left at the foot of a page varies and some row does not fit in it. */
	@Test
	void movesARowThatDoesNotFitOnThePageWholeToTheNext() throws IOException {
		PrintedDocument list = PrintedDocument.titled("督办事项清单");
		IntStream.rangeClosed(1, 40).forEach(i -> list.field("事项" + i, rowValue(i)));

		try (PDDocument document = Loader.loadPDF(list.toPdf())) {
			assertThat(document.getNumberOfPages()).isGreaterThanOrEqualTo(3);
			List<String> pages = IntStream.rangeClosed(1, document.getNumberOfPages())
					.mapToObj(page -> withoutWhitespace(pageText(document, page))).toList();
			for (int i = 1; i <= 40; i++) {
				String row = "事项" + i + withoutWhitespace(rowValue(i));
				assertThat(pages).as("row %s whole on one page", i).filteredOn(page -> page.contains(row)).hasSize(1);
			}
		}
	}

	private static String rowValue(int row) {
		return String.join("\n", IntStream.rangeClosed(1, row % 5 + 1).mapToObj(line -> "第" + row + "项第" + line + "行").toList());
	}

	@Test
	void splitsARowTallerThanAPageAcrossPages() throws IOException {
		String value = String.join("\n", IntStream.rangeClosed(1, 80).mapToObj(i -> "第" + i + "条办理要求。").toList());

		try (PDDocument document = Loader.loadPDF(PrintedDocument.titled("办理要求").field("要求", value).toPdf())) {
			int pageCount = document.getNumberOfPages();
			String text = withoutWhitespace(text(document));

			assertThat(pageCount).isGreaterThanOrEqualTo(3);
			assertThat(withoutWhitespace(pageText(document, 1))).contains("要求第1条办理要求。");
			assertThat(withoutWhitespace(pageText(document, pageCount))).contains("第80条办理要求。");
			IntStream.rangeClosed(1, 80).forEach(i -> assertThat(text).containsOnlyOnce("第" + i + "条办理要求。"));
		}
	}

	@Test
	void printsAGetaMarkForWhatTheFontCannotShow() throws IOException {
		byte[] pdf = PrintedDocument.titled("替换😀").paragraph("表情😀和\u0007控制符").field("备注\uD800", "彝文\uA000").toPdf();

		assertThat(withoutWhitespace(text(pdf))).contains("替换〓", "表情〓和〓控制符", "备注〓", "彝文〓");
	}

	@Test
	void printsTheIssuerInRedAndTheRestInBlack() throws IOException {
		try (PDDocument document = Loader.loadPDF(notice().toPdf())) {
			List<Glyph> glyphs = PrintedGlyphs.of(document);

			assertThat(glyphs).filteredOn(glyph -> glyph.size() == Typesetter.ISSUER.size()).hasSize(13)
					.allSatisfy(glyph -> assertThat(glyph.rgb()).containsExactly(1, 0, 0));
			assertThat(glyphs).filteredOn(glyph -> glyph.size() != Typesetter.ISSUER.size())
					.allSatisfy(glyph -> assertThat(glyph.rgb()).containsExactly(0, 0, 0));
		}
	}

	@Test
	void setsTheSignatoryTwoCharactersFromTheRightEdgeAndTheDateTwoCharactersIntoIt() throws IOException {
		try (PDDocument document = Loader.loadPDF(notice().toPdf())) {
			List<Glyph> glyphs = PrintedGlyphs.of(document);
			List<Glyph> signatory = lastLine(glyphs, "江门市蓬江区人民政府督查室".length() + "2026年3月2日".length()).subList(0, 13);
			List<Glyph> date = lastLine(glyphs, "2026年3月2日".length());
			float em = Typesetter.BODY.size();

			assertThat(signatory.get(12).end()).isCloseTo(TYPE_AREA_RIGHT - 2 * em, within(0.1f));
			assertThat(date.get(0).x()).isCloseTo(signatory.get(0).x() + 2 * em, within(0.1f));
		}
	}

	@Test
	void refusesMarginsThatLeaveNoRoom() {
		assertThatThrownBy(() -> new Margins(150, 20, 100, 20)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> new Margins(20, 20, 5, 20)).isInstanceOf(IllegalArgumentException.class);
		assertThatThrownBy(() -> PrintedDocument.titled(" ")).isInstanceOf(IllegalArgumentException.class);
	}

	/** The last {@code count} body glyphs before the footer. */
	private static List<Glyph> lastLine(List<Glyph> glyphs, int count) {
		List<Glyph> body = glyphs.stream().filter(glyph -> glyph.size() == Typesetter.BODY.size()).toList();
		return body.subList(body.size() - count, body.size());
	}

	static String text(byte[] pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			return text(document);
		}
	}

	static String text(PDDocument document) throws IOException {
		return new PDFTextStripper().getText(document);
	}

	private static String pageText(PDDocument document, int page) {
		try {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setStartPage(page);
			stripper.setEndPage(page);
			return stripper.getText(document);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	static String withoutWhitespace(String text) {
		return text.replaceAll("\\s+", "");
	}
}
