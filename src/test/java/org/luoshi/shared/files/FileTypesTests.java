package org.luoshi.shared.files;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

import org.dhatim.fastexcel.Workbook;
import org.junit.jupiter.api.Test;
import org.luoshi.shared.files.FileTypes.Accepted;
import org.luoshi.shared.files.FileTypes.FileType;
import org.luoshi.shared.files.FileTypes.Mismatch;
import org.luoshi.shared.files.FileTypes.UnknownExtension;

/** Files are what their content is: an executable, a zip or a spreadsheet named .docx is no Word document. */
class FileTypesTests {

	private static final byte[] EXECUTABLE = { 'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0, 0, 0, (byte) 0xFF, (byte) 0xFF, 0, 0 };

	@Test
	void recognisesEachAcceptedKindByItsContent() throws IOException {
		assertThat(FileTypes.check("验收报告.PDF", "%PDF-1.7\n…".getBytes(StandardCharsets.UTF_8))).isEqualTo(new Accepted(FileType.PDF));
		assertThat(FileTypes.check("会议纪要.docx", officePackage("wordprocessingml.document"))).isEqualTo(new Accepted(FileType.DOCX));
		assertThat(FileTypes.check("汇报.pptx", officePackage("presentationml.presentation"))).isEqualTo(new Accepted(FileType.PPTX));
		assertThat(FileTypes.check("台账.xlsx", spreadsheet())).isEqualTo(new Accepted(FileType.XLSX));
		byte[] ole2 = { (byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1, 0, 0 };
		assertThat(FileTypes.check("旧报告.doc", ole2)).isEqualTo(new Accepted(FileType.DOC));
		assertThat(FileTypes.check("旧台账.xls", ole2)).isEqualTo(new Accepted(FileType.XLS));
		assertThat(FileTypes.check("现场.jpg", new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0 })).isEqualTo(new Accepted(FileType.JPEG));
		assertThat(FileTypes.check("截图.png", new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0 })).isEqualTo(new Accepted(FileType.PNG));
		assertThat(FileTypes.check("说明.txt", "已完成选址。\r\n".getBytes(StandardCharsets.UTF_8))).isEqualTo(new Accepted(FileType.TEXT));
		assertThat(FileTypes.check("说明.txt", "已完成选址。".getBytes(Charset.forName("GB18030")))).isEqualTo(new Accepted(FileType.TEXT));
	}

	@Test
	void refusesContentThatIsNotWhatItsExtensionSays() throws IOException {
		assertThat(FileTypes.check("会议纪要.docx", EXECUTABLE)).isEqualTo(new Mismatch("docx"));
		assertThat(FileTypes.check("会议纪要.docx", spreadsheet())).isEqualTo(new Mismatch("docx"));
		assertThat(FileTypes.check("会议纪要.docx", plainZip())).isEqualTo(new Mismatch("docx"));
		assertThat(FileTypes.check("验收报告.pdf", EXECUTABLE)).isEqualTo(new Mismatch("pdf"));
		assertThat(FileTypes.check("现场.jpg", "%PDF-1.7".getBytes(StandardCharsets.US_ASCII))).isEqualTo(new Mismatch("jpg"));
		assertThat(FileTypes.check("说明.txt", EXECUTABLE)).isEqualTo(new Mismatch("txt"));
	}

	@Test
	void refusesExtensionsThatAreNoDocument() {
		assertThat(FileTypes.check("setup.exe", EXECUTABLE)).isEqualTo(new UnknownExtension("exe"));
		assertThat(FileTypes.check("page.html", "<script>".getBytes(StandardCharsets.UTF_8))).isEqualTo(new UnknownExtension("html"));
		assertThat(FileTypes.check("无扩展名", "文字".getBytes(StandardCharsets.UTF_8))).isEqualTo(new UnknownExtension(""));
	}

	private static byte[] officePackage(String kind) throws IOException {
		return zip("[Content_Types].xml", "<Types><Override PartName=\"/main.xml\" ContentType=\"application/vnd.openxmlformats-officedocument."
				+ kind + ".main+xml\"/></Types>");
	}

	private static byte[] plainZip() throws IOException {
		return zip("readme.txt", "不是文档");
	}

	private static byte[] zip(String entry, String content) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ZipOutputStream zip = new ZipOutputStream(out)) {
			zip.putNextEntry(new ZipEntry(entry));
			zip.write(content.getBytes(StandardCharsets.UTF_8));
			zip.closeEntry();
		}
		return out.toByteArray();
	}

	private static byte[] spreadsheet() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook workbook = new Workbook(out, "test", "1.0");
		workbook.newWorksheet("台账").value(0, 0, "序号");
		workbook.finish();
		return out.toByteArray();
	}
}
