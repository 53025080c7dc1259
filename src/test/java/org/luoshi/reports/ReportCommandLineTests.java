package org.luoshi.reports;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.luoshi.support.Messages;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** {@code ingest}: JSON on standard output and exit 0, or a localized reason on standard error and exit 2. */
class ReportCommandLineTests {

	private static final Messages MESSAGES = Messages.fromBundles("messages/reports");

	@TempDir
	Path directory;

	private final ByteArrayOutputStream out = new ByteArrayOutputStream();
	private final ByteArrayOutputStream err = new ByteArrayOutputStream();

	private int run(String stdin, String... args) {
		ReportCommandLine command = new ReportCommandLine(new PrintStream(out, true, StandardCharsets.UTF_8),
				new PrintStream(err, true, StandardCharsets.UTF_8), new ByteArrayInputStream(stdin.getBytes(StandardCharsets.UTF_8)));
		return command.execute(args);
	}

	private JsonNode json() {
		return JsonMapper.builder().build().readTree(out.toString(StandardCharsets.UTF_8));
	}

	private String errors() {
		return err.toString(StandardCharsets.UTF_8).strip();
	}

	@Test
	void printsTheDraftAsJsonAndExitsZero() throws IOException {
		Path file = directory.resolve("meeting.txt");
		Files.writeString(file, "区委召开全会\n\n1月10日，会议召开。\n\n会议强调，要力争今年新增规上工业企业50家。\n");
		assertThat(run("", "ingest", file.toString(), "--date", "2024-02-01")).isZero();
		JsonNode json = json();
		assertThat(json.get("title").asString()).isEqualTo("区委召开全会");
		assertThat(json.get("date").asString()).isEqualTo("2024-01-10");
		assertThat(json.get("duplicateParagraphs").asInt()).isZero();
		JsonNode task = json.get("tasks").get(0);
		assertThat(task.get("group").isNull()).isTrue();
		assertThat(task.get("deadline").asString()).isEqualTo("2024-12-31");
		JsonNode target = task.get("targets").get(0);
		assertThat(target.get("value").isNumber()).isTrue();
		assertThat(target.get("value").asInt()).isEqualTo(50);
		assertThat(target.get("unit").asString()).isEqualTo("家");
		assertThat(target.get("kind").asString()).isEqualTo("level");
		assertThat(target.get("comparator").asString()).isEqualTo(">=");
		assertThat(json.has("articles") && json.has("people") && json.has("goals")).isTrue();
		assertThat(errors()).isEmpty();
	}

	@Test
	void printsEachUnitAsTheDocumentWritesItWithWhatItStandsFor() {
		assertThat(run("""
				关于印发重点任务分工方案的通知
				一、优化营商环境
				1.推行企业开办全程网上办理，年内实现一日办结。
				牵头单位：区发展改革局
				配合单位：区金融工作局
				""", "ingest", "-")).isZero();
		JsonNode task = json().get("tasks").get(0);
		assertThat(task.get("leadUnits").get(0).asString()).isEqualTo("区发展改革局");
		assertThat(task.get("coUnits").get(0).asString()).isEqualTo("区金融工作局");
		JsonNode lead = task.get("unitMatches").get(0);
		assertThat(lead.get("written").asString()).isEqualTo("区发展改革局");
		assertThat(lead.get("role").asString()).isEqualTo("LEAD");
		assertThat(lead.get("match").asString()).isEqualTo("UNIQUE");
		assertThat(lead.get("unit").asString()).isEqualTo("区发改局");
		assertThat(lead.get("unitId").isNull()).as("no organization on the command line").isTrue();
		JsonNode co = task.get("unitMatches").get(1);
		assertThat(co.get("written").asString()).isEqualTo("区金融工作局");
		assertThat(co.get("role").asString()).isEqualTo("CO");
		assertThat(co.get("match").asString()).isEqualTo("UNKNOWN");
		assertThat(co.get("unit").isNull()).isTrue();
		assertThat(co.get("candidates")).isEmpty();
		assertThat(task.get("unitMatches")).hasSize(2);
		assertThat(task.get("unitMatches").get(0).propertyNames()).containsExactlyInAnyOrder("written", "role", "match", "unitId", "unit",
				"candidates");
	}

	@Test
	void readsStandardInputForADash() {
		assertThat(run("要加快推进大型产业集聚区建设。", "ingest", "-")).isZero();
		assertThat(json().get("tasks")).hasSize(1);
	}

	@Test
	void explainsUnusableInputInTheChosenLanguageAndExitsTwo() throws IOException {
		Path empty = Files.createFile(directory.resolve("empty.txt"));
		assertThat(run("", "ingest", empty.toString(), "--lang", "zh-CN")).isEqualTo(2);
		assertThat(errors()).isEqualTo(MESSAGES.zh("reports.rejected.empty"));
		assertThat(out.size()).isZero();
		err.reset();
		assertThat(run("", "ingest", empty.toString(), "--lang", "en")).isEqualTo(2);
		assertThat(errors()).isEqualTo(MESSAGES.en("reports.rejected.empty"));
	}

	@Test
	void explainsAMissingFileABadDateAndAMissingArgument() {
		String nowhere = directory.resolve("nowhere.txt").toString();
		assertThat(run("", "ingest", nowhere, "--lang", "en")).isEqualTo(2);
		assertThat(errors()).isEqualTo(MESSAGES.en("reports.cli.file-not-found", nowhere));
		err.reset();
		assertThat(run("", "ingest", "x.txt", "--date", "2024-13-01", "--lang", "en")).isEqualTo(2);
		assertThat(errors()).isEqualTo(MESSAGES.en("reports.cli.bad-date", "2024-13-01"));
		err.reset();
		assertThat(run("", "ingest", "--lang", "zh")).isEqualTo(2);
		assertThat(errors()).isEqualTo(MESSAGES.zh("reports.cli.usage"));
	}

	@Test
	void refusesAFileOverTheLimitWithoutReadingIt() throws IOException {
		Path big = directory.resolve("big.txt");
		try (var channel = Files.newByteChannel(big, java.nio.file.StandardOpenOption.CREATE_NEW, java.nio.file.StandardOpenOption.WRITE)) {
			channel.position(ReportReader.MAX_BYTES + 10L);
			channel.write(java.nio.ByteBuffer.wrap(new byte[] { 'x' }));
		}
		assertThat(run("", "ingest", big.toString(), "--lang", "en")).isEqualTo(2);
		assertThat(errors()).isEqualTo(MESSAGES.en("reports.rejected.too-large", "10.0 MB", "10.0 MB"));
	}

	@Test
	void answersOnlyTheIngestCommand() {
		assertThat(ReportCommandLine.handles(new String[] { "ingest", "a.txt" })).isTrue();
		assertThat(ReportCommandLine.handles(new String[] { "--demo" })).isFalse();
		assertThat(ReportCommandLine.handles(new String[0])).isFalse();
	}

	@Test
	void speaksChineseUnlessTheEnvironmentIsEnglish() {
		assertThat(ReportCommandLine.localeOfEnvironment(java.util.Map.of())).isEqualTo(java.util.Locale.SIMPLIFIED_CHINESE);
		assertThat(ReportCommandLine.localeOfEnvironment(java.util.Map.of("LANG", "C.UTF-8"))).isEqualTo(java.util.Locale.SIMPLIFIED_CHINESE);
		assertThat(ReportCommandLine.localeOfEnvironment(java.util.Map.of("LANG", "en_US.UTF-8"))).isEqualTo(java.util.Locale.ENGLISH);
		assertThat(ReportCommandLine.localeOfEnvironment(java.util.Map.of("LANG", "en_US.UTF-8", "LC_ALL", "zh_CN.UTF-8")))
			.isEqualTo(java.util.Locale.SIMPLIFIED_CHINESE);
	}
}
