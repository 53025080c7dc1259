package org.luoshi;

import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;

import org.luoshi.reports.ReportCommandLine;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.scheduling.annotation.EnableAsync;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * Luoshi (落实): a work platform for a district government.
 *
 * <p>{@code java -jar luoshi.jar} starts the web platform; {@code --demo} loads demo data on a real
 * database server (the embedded database always has it). {@code java -jar luoshi.jar ingest FILE} reads a report
 * into a draft task breakdown (JSON on standard output) without starting Spring.
 *
 * <p>Asynchronous: the modules' {@code @ApplicationModuleListener}s run after their publisher's commit on threads of
 * their own, so that a slow listener (delivering a notification) never holds up the write that caused it.
 */
@SpringBootApplication
@EnableScheduling
@EnableAsync
public class LuoshiApplication {

	public static void main(String[] args) {
		TimeZone.setDefault(TimeZone.getTimeZone("Asia/Shanghai"));
		if (ReportCommandLine.handles(args)) {
			System.exit(ReportCommandLine.run(args));
		}
		SpringApplication.run(LuoshiApplication.class, translateFlags(args));
	}

	/** {@code --demo} is a flag for people; Spring wants a property. */
	static String[] translateFlags(String[] args) {
		List<String> translated = new ArrayList<>();
		for (String arg : args) {
			translated.add("--demo".equals(arg) ? "--luoshi.demo=true" : arg);
		}
		return translated.toArray(String[]::new);
	}
}
