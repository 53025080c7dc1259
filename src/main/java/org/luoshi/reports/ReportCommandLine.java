package org.luoshi.reports;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

/**
 * {@code java -jar luoshi.jar ingest FILE [--date YYYY-MM-DD] [--lang zh|en]}: prints the draft of a report as
 * JSON on standard output and exits 0, without a database or a server; {@code FILE} may be {@code -} for
 * standard input. Unusable input prints the reason on standard error and exits 2, in Chinese unless
 * {@code --lang en} or the environment's locale is English.
 */
public final class ReportCommandLine {

	public static final String COMMAND = "ingest";

	static final int OK = 0;
	static final int BAD_INPUT = 2;

	private final PrintStream out;
	private final PrintStream err;
	private final InputStream in;

	ReportCommandLine(PrintStream out, PrintStream err, InputStream in) {
		this.out = out;
		this.err = err;
		this.in = in;
	}

	public static boolean handles(String[] args) {
		return args.length > 0 && COMMAND.equals(args[0]);
	}

	/**
	 * Runs the command on the process's streams. Standard output carries only the JSON: anything a library
	 * prints there while reading goes to standard error instead.
	 */
	public static int run(String[] args) {
		PrintStream json = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
		PrintStream err = new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8);
		System.setOut(err);
		return new ReportCommandLine(json, err, System.in).execute(args);
	}

	int execute(String[] args) {
		String file = null;
		String date = null;
		Locale locale = localeOfEnvironment(System.getenv());
		for (int i = 1; i < args.length; i++) {
			switch (args[i]) {
				case "--date" -> date = i + 1 < args.length ? args[++i] : "";
				case "--lang" -> locale = i + 1 < args.length ? Locale.forLanguageTag(args[++i]) : locale;
				default -> {
					if (file != null) {
						return usage(locale);
					}
					file = args[i];
				}
			}
		}
		if (file == null) {
			return usage(locale);
		}
		LocalDate referenceDate = null;
		if (date != null) {
			try {
				referenceDate = LocalDate.parse(date);
			}
			catch (DateTimeParseException e) {
				return fail(locale, "reports.cli.bad-date", date);
			}
		}
		try {
			ReportInput input = input(file).withReferenceDate(referenceDate);
			DeploymentDraft draft = ReportReader.withBundledNames().read(input);
			out.println(JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build().writeValueAsString(draft));
			return OK;
		}
		catch (ReportRejectedException e) {
			return fail(locale, e.violations().get(0).messageKey(), e.violations().get(0).argumentArray());
		}
		catch (NoSuchFileException e) {
			return fail(locale, "reports.cli.file-not-found", file);
		}
		catch (IOException e) {
			return fail(locale, "reports.cli.cannot-read", file);
		}
	}

	/**
	 * The language of the environment (LC_ALL, LC_MESSAGES, LANG): English where it says so, otherwise Chinese,
	 * the platform's first language — also where the locale is C or POSIX, as on many servers.
	 */
	static Locale localeOfEnvironment(java.util.Map<String, String> environment) {
		for (String variable : new String[] { "LC_ALL", "LC_MESSAGES", "LANG" }) {
			String value = environment.get(variable);
			if (value != null && !value.isBlank()) {
				return value.startsWith("en") ? Locale.ENGLISH : Locale.SIMPLIFIED_CHINESE;
			}
		}
		return Locale.SIMPLIFIED_CHINESE;
	}

	private ReportInput input(String file) throws IOException {
		if ("-".equals(file)) {
			return ReportInput.file("", in.readNBytes(ReportReader.MAX_BYTES + 1));
		}
		Path path = Path.of(file);
		if (Files.isDirectory(path)) {
			throw new NoSuchFileException(file);
		}
		long size = Files.size(path);
		if (size > ReportReader.MAX_BYTES) {
			throw ReportRejectedException.tooLarge(size, ReportReader.MAX_BYTES);
		}
		return ReportInput.file(path.getFileName().toString(), Files.readAllBytes(path));
	}

	private int usage(Locale locale) {
		return fail(locale, "reports.cli.usage");
	}

	private int fail(Locale locale, String key, Object... arguments) {
		err.println(message(locale, key, arguments));
		return BAD_INPUT;
	}

	static String message(Locale locale, String key, Object... arguments) {
		try {
			ResourceBundle bundle = ResourceBundle.getBundle("messages/reports", locale,
					ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
			String pattern = bundle.getString(key);
			return arguments.length == 0 ? pattern : new MessageFormat(pattern, locale).format(arguments);
		}
		catch (MissingResourceException e) {
			return key;
		}
	}
}
