package org.luoshi.reports.internal.extraction;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a newspaper page into its articles and keeps only their content: a headline followed by a byline
 * ("江门日报讯(记者/…)", "□江门日报记者 …") starts an article; bylines, author and editor lines and photo
 * captions ("… 摄") are not content. A document without bylines is one article, titled by its first line when
 * that line reads as a title.
 */
final class Articles {

	/** "江门日报讯(记者/张三 通讯员/李四)", "本报讯 记者 张三 报道：", "新华社北京1月10日电". */
	static final Pattern DATELINE = Pattern.compile("^(?:[\\u4e00-\\u9fa5]{1,12}讯|新华社[\\u4e00-\\u9fa5]{0,8}(?:\\d{1,2}月\\d{1,2}日)?电)"
			+ "\\s*(?:[（(][^）)\\n]{0,80}[）)])?\\s*(?:(?:记者|通讯员|实习生)\\s*[/／:：]?\\s*[\\u4e00-\\u9fa5]{2,4}\\s*){0,4}(?:报道)?[：:]?\\s*");

	private static final Pattern AUTHOR_LINE = Pattern.compile(
			"^(?:[□■●◆◇○]\\s*[^。！？]{0,30}|(?:[\\u4e00-\\u9fa5]{0,8}(?:记者|通讯员|评论员)|文|图|文/图|图/文|摄影|撰文|编辑|责任编辑|美编|校对|审核|审校|监制|统筹|编审)"
					+ "(?:\\s*[/／:：|]\\s*|\\s+)[\\u4e00-\\u9fa5 、,，/／]{2,30})$");

	/** A photo credit at the end of a caption: "罗霏 摄", "（记者 黎明 摄）", "某某供图". */
	private static final Pattern CAPTION_END = Pattern.compile("[\\u4e00-\\u9fa5]{2,4}\\s*(?:摄影?|供图)[）)]?$");
	private static final Pattern CAPTION_START = Pattern.compile("图为|▲|↑|△|（图[：:/]|\\(图[：:/]");

	private static final String TERMINAL = "。！？；;!?：:，,";

	/** An article: its title (or {@code null}), its content paragraphs, and whether it opened with a dateline. */
	record Article(String title, List<Paragraph> paragraphs, boolean reported) {
	}

	private Articles() {
	}

	static List<Article> split(List<Paragraph> paragraphs) {
		List<Article> articles = new ArrayList<>();
		List<Paragraph> body = new ArrayList<>();
		String title = null;
		boolean reported = false;
		int i = 0;
		int n = paragraphs.size();
		if (n > 0 && headlineRunBeforeByline(paragraphs, 0) == 0 && isHeadline(paragraphs.get(0))) {
			title = paragraphs.get(0).text();
			i = 1;
		}
		for (; i < n; i++) {
			Paragraph paragraph = paragraphs.get(i);
			String text = paragraph.text();
			int headlineRun = headlineRunBeforeByline(paragraphs, i);
			if (headlineRun > 0) {
				if (!body.isEmpty() || title != null) {
					articles.add(new Article(title, List.copyOf(body), reported));
				}
				body.clear();
				StringBuilder joined = new StringBuilder();
				for (int k = 0; k < headlineRun; k++) {
					joined.append(joined.length() == 0 ? "" : " ").append(paragraphs.get(i + k).text());
				}
				title = joined.toString();
				reported = false;
				i += headlineRun - 1;
				continue;
			}
			if (paragraph.isGhost()) {
				body.add(paragraph);
				continue;
			}
			Matcher dateline = DATELINE.matcher(text);
			if (dateline.lookingAt()) {
				reported = true;
				String rest = text.substring(dateline.end()).strip();
				if (!rest.isEmpty()) {
					body.add(Paragraph.of(rest));
				}
				continue;
			}
			if (AUTHOR_LINE.matcher(text).matches()) {
				reported = true;
				continue;
			}
			if (isCaption(text)) {
				continue;
			}
			body.add(paragraph);
		}
		if (!body.isEmpty() || title != null) {
			articles.add(new Article(title, List.copyOf(body), reported));
		}
		return articles;
	}

	/** How many headline lines (up to three) stand directly before a byline starting at {@code i}; 0 if none. */
	private static int headlineRunBeforeByline(List<Paragraph> paragraphs, int i) {
		int run = 0;
		while (run < 3 && i + run < paragraphs.size() && isHeadline(paragraphs.get(i + run))
				&& !isByline(paragraphs.get(i + run).text())) {
			run++;
			if (i + run < paragraphs.size() && isByline(paragraphs.get(i + run).text())) {
				return run;
			}
		}
		return 0;
	}

	static boolean isByline(String text) {
		Matcher dateline = DATELINE.matcher(text);
		if (dateline.lookingAt() && dateline.end() > 0) {
			return true;
		}
		return text.length() <= 40 && AUTHOR_LINE.matcher(text).matches();
	}

	static boolean isCaption(String text) {
		if (text.length() > 200) {
			return false;
		}
		String tail = text.length() > 12 ? text.substring(text.length() - 12) : text;
		return CAPTION_START.matcher(text).lookingAt() || (tail.contains("摄") || tail.contains("供图")) && CAPTION_END.matcher(tail).find();
	}

	/** Short, no closing punctuation, no ordinal: a line that names rather than says. */
	static boolean isHeadline(Paragraph paragraph) {
		String text = paragraph.text();
		if (paragraph.isGhost() || text.length() < 4 || text.length() > 64) {
			return false;
		}
		char last = text.charAt(text.length() - 1);
		if (TERMINAL.indexOf(last) >= 0 || Markers.at(text) != null || isCaption(text) || AUTHOR_LINE.matcher(text).matches()) {
			return false;
		}
		int han = 0;
		for (int k = 0; k < text.length(); k++) {
			if (Chars.isHan(text.charAt(k))) {
				han++;
			}
		}
		return han * 2 >= text.length() && !Dates.isDateLine(text);
	}
}
