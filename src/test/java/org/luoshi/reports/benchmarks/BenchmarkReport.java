package org.luoshi.reports.benchmarks;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.luoshi.reports.ReportFixtures;
import org.luoshi.reports.ReportFixtures.CorpusDocument;

/**
 * A report of a given size made of the corpus documents, each copy with its figures changed and its sentences
 * marked with the copy's number (an ordinal, "第3批", which is no target), so that no paragraph repeats another:
 * the reader does the full work on every paragraph, as on a long real report.
 */
public final class BenchmarkReport {

	private static final Pattern NUMBER = Pattern.compile("\\d+");

	private BenchmarkReport() {
	}

	public static byte[] ofBytes(int size) {
		StringBuilder report = new StringBuilder();
		int copy = 0;
		while (report.toString().getBytes(StandardCharsets.UTF_8).length < size) {
			copy++;
			for (CorpusDocument document : ReportFixtures.corpus()) {
				String encoding = document.expected().path("encoding").asString("UTF-8");
				String text = new String(document.bytes(), Charset.forName(encoding));
				report.append(renumber(text, copy)).append("\n\n");
			}
		}
		byte[] bytes = report.toString().getBytes(StandardCharsets.UTF_8);
		int end = size;
		while (end > 0 && (bytes[end] & 0xC0) == 0x80) {
			end--;
		}
		return java.util.Arrays.copyOf(bytes, end);
	}

	private static String renumber(String text, int copy) {
		Matcher m = NUMBER.matcher(text);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String number = m.group();
			boolean year = number.length() == 4 && number.startsWith("20");
			m.appendReplacement(out, year ? number : String.valueOf(Long.parseLong(number.substring(0, Math.min(9, number.length()))) + copy));
		}
		m.appendTail(out);
		StringBuilder marked = new StringBuilder();
		for (String line : out.toString().split("\n")) {
			String withCopy = line.replace("。", "，第" + copy + "批。");
			marked.append(withCopy.equals(line) && line.length() >= 12 ? line + "（第" + copy + "批）" : withCopy).append('\n');
		}
		return marked.toString();
	}
}
