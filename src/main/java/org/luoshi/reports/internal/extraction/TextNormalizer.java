package org.luoshi.reports.internal.extraction;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.regex.Pattern;

import com.hankcs.hanlp.HanLP;

/**
 * Brings text from any source to one form: Simplified Chinese, half-width letters and digits (Chinese
 * punctuation stays as written), one kind of space, one paragraph per line. Lines broken by a PDF's layout are
 * joined back into paragraphs.
 */
final class TextNormalizer {

	private static final Pattern PAGE_NUMBER = Pattern.compile("[-—–－·\\s]*(第\\s*\\d{1,4}\\s*页.{0,8}|\\d{1,4})[-—–－·\\s]*");

	/** A line that starts something new, so a wrapped line before it must not swallow it. */
	private static final Pattern STARTS_BLOCK = Pattern.compile(
			"(" + Markers.ANY_MARKER + "|(牵头|责任|配合|协办|主办|参与)(单位|部门)[:：]|完成时限|附件|抄送|—{2}).*");

	/** Where a newspaper article continues on another page: "（上接第一版）", "（下转第3版）". */
	private static final Pattern JUMP_LINE = Pattern.compile("[（(](?:上接|下转|紧接|接|转)第?[一二三四五六七八九十\\d]{1,3}版[）)]");

	private static final String SENTENCE_END = "。！？；：!?;:”’」』)）";

	private TextNormalizer() {
	}

	static List<String> paragraphs(ReadText read) {
		String text = widthsAndSpaces(read.text());
		if (Traditional.present(text)) {
			text = HanLP.convertToSimplifiedChinese(text);
		}
		text = JUMP_LINE.matcher(text).replaceAll("");
		List<String> lines = new ArrayList<>();
		for (String line : tables(text.split("\n", -1))) {
			lines.add(collapseSpaces(line.replace('\t', ' '), read.hardWrapped()));
		}
		return read.hardWrapped() || looksHardWrapped(lines) ? rejoin(lines) : nonBlank(lines);
	}

	/**
	 * Text copied out of a PDF viewer keeps the page's line breaks: most full-length lines then end in the
	 * middle of a sentence. Paragraph-per-line text ends its long lines with punctuation.
	 */
	static boolean looksHardWrapped(List<String> lines) {
		int fullLength = typicalFullLength(lines);
		if (fullLength < 8) {
			return false;
		}
		int full = 0;
		int broken = 0;
		for (String line : lines) {
			if (line.length() >= fullLength * 0.85) {
				full++;
				if (!endsSentence(line)) {
					broken++;
				}
			}
		}
		return broken >= 2 && broken * 2 >= full;
	}

	/** Runs of tab-separated lines (a table pasted from Word or a spreadsheet) read as a {@link TaskTable}. */
	private static List<String> tables(String[] lines) {
		List<String> out = new ArrayList<>();
		List<List<String>> rows = new ArrayList<>();
		for (String line : lines) {
			if (line.chars().filter(c -> c == '\t').count() >= 2) {
				rows.add(List.of(line.split("\t", -1)));
				continue;
			}
			flushTable(rows, out);
			out.add(line);
		}
		flushTable(rows, out);
		return out;
	}

	private static void flushTable(List<List<String>> rows, List<String> out) {
		if (rows.size() >= 2) {
			out.addAll(TaskTable.lines(rows));
		}
		else {
			rows.forEach(row -> out.add(String.join(" ", row)));
		}
		rows.clear();
	}

	/** Full-width letters, digits and number signs to half-width; every kind of space to one; no invisibles. */
	static String widthsAndSpaces(String text) {
		StringBuilder out = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c >= '\u4E00' && c <= '\u9FFF') {
				// Han characters, most of any report, need nothing
				out.append(c);
			}
			else if (c >= '０' && c <= '９' || c >= 'Ａ' && c <= 'Ｚ' || c >= 'ａ' && c <= 'ｚ'
					|| c >= '\uFF01' && c <= '\uFF3F' && "％＋－．／＝＜＞＠＃＆＿".indexOf(c) >= 0) {
				out.append((char) (c - 0xFEE0));
			}
			else if (c == '\r') {
				out.append('\n');
				if (i + 1 < text.length() && text.charAt(i + 1) == '\n') {
					i++;
				}
			}
			else if (c == '\n' || c == '\f' || c == '\u2028' || c == '\u2029' || c == '\u000B') {
				out.append('\n');
			}
			else if (c == '\t') {
				out.append('\t');
			}
			else if (c == '\u3000' || c == '\u00A0' || c >= '\u2000' && c <= '\u200A' || c == '\u202F'
					|| c == '\u205F') {
				out.append(' ');
			}
			else if (c < 0x20 || c >= '\u200B' && c <= '\u200F' || c == '\u2060' || c == '\uFEFF' || c == '\u00AD'
					|| c >= '\u007F' && c < '\u00A0') {
				// invisible: dropped
			}
			else {
				out.append(c);
			}
		}
		return out.toString();
	}

	/** Trims and collapses runs of spaces; in a PDF a space between two Chinese characters is layout, not text. */
	private static String collapseSpaces(String line, boolean dropSpacesBetweenHan) {
		StringBuilder out = new StringBuilder(line.length());
		for (int i = 0; i < line.length(); i++) {
			char c = line.charAt(i);
			if (c != ' ') {
				out.append(c);
				continue;
			}
			if (out.length() == 0 || out.charAt(out.length() - 1) == ' ') {
				continue;
			}
			int next = i + 1;
			while (next < line.length() && line.charAt(next) == ' ') {
				next++;
			}
			if (next >= line.length()) {
				break;
			}
			if (dropSpacesBetweenHan && Chars.isHan(out.charAt(out.length() - 1)) && Chars.isHan(line.charAt(next))) {
				continue;
			}
			out.append(' ');
		}
		return out.toString();
	}

	private static List<String> nonBlank(List<String> lines) {
		List<String> paragraphs = new ArrayList<>();
		for (String line : lines) {
			if (!line.isEmpty()) {
				paragraphs.add(line);
			}
		}
		return paragraphs;
	}

	/**
	 * Joins the lines of a hard-wrapped text: a blank line ends a paragraph, and so does a line clearly shorter
	 * than the page's full lines (a heading, a paragraph's last line) or one that ends a sentence short of the
	 * margin; a line that starts a numbered item or a heading starts a new one. Page numbers are dropped.
	 */
	private static List<String> rejoin(List<String> lines) {
		int fullLength = typicalFullLength(lines);
		List<String> paragraphs = new ArrayList<>();
		StringBuilder current = new StringBuilder();
		String previous = "";
		for (String line : lines) {
			if (line.isEmpty()) {
				flush(current, paragraphs);
				previous = "";
				continue;
			}
			if (PAGE_NUMBER.matcher(line).matches()) {
				continue;
			}
			boolean startsNew = current.length() == 0 || STARTS_BLOCK.matcher(line).matches()
					|| endsSentence(previous) && previous.length() < fullLength - 1 || previous.length() < fullLength * 0.7;
			if (startsNew) {
				flush(current, paragraphs);
			}
			else if (needsSpace(current.charAt(current.length() - 1), line.charAt(0))) {
				current.append(' ');
			}
			current.append(line);
			previous = line;
		}
		flush(current, paragraphs);
		return paragraphs;
	}

	private static boolean endsSentence(String line) {
		return !line.isEmpty() && SENTENCE_END.indexOf(line.charAt(line.length() - 1)) >= 0;
	}

	private static boolean needsSpace(char before, char after) {
		return Character.isLetterOrDigit(before) && !Chars.isHan(before) && Character.isLetterOrDigit(after)
				&& !Chars.isHan(after);
	}

	private static void flush(StringBuilder current, List<String> paragraphs) {
		if (current.length() > 0) {
			paragraphs.add(current.toString());
			current.setLength(0);
		}
	}

	/** The length of a full line on the page: the upper quartile of the line lengths. */
	private static int typicalFullLength(List<String> lines) {
		int[] lengths = lines.stream().mapToInt(String::length).filter(n -> n > 0).sorted().toArray();
		return lengths.length == 0 ? 0 : lengths[lengths.length * 3 / 4];
	}

	/** Whether a text holds Traditional characters, told per character so that Simplified text costs no conversion. */
	static final class Traditional {

		private static final BitSet CHARACTERS = new BitSet(0x10000);

		static {
			for (char c = '\u4E00'; c <= '\u9FFF'; c++) {
				String one = String.valueOf(c);
				if (!HanLP.convertToSimplifiedChinese(one).equals(one)) {
					CHARACTERS.set(c);
				}
			}
		}

		private Traditional() {
		}

		static boolean present(String text) {
			for (int i = 0; i < text.length(); i++) {
				if (CHARACTERS.get(text.charAt(i))) {
					return true;
				}
			}
			return false;
		}
	}
}
