package org.luoshi.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.luoshi.LuoshiApplication;

/**
 * Luoshi in a JVM of its own, as an operator starts it: the test run's class path, configured by its arguments only
 * ({@link LuoshiInstance#arguments}; no {@code LUOSHI_*} of the test run's environment), its output in
 * {@code console.log} of its data directory — for a test that kills it or times its start. Destroy what is started.
 */
public final class LuoshiProcess {

	/** How long a start may take, the fresh database's migrations and demo data included. */
	public static final Duration STARTUP = Duration.ofMinutes(3);

	private LuoshiProcess() {
	}

	public static Process start(Path dataDirectory, List<String> arguments) throws IOException {
		List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m",
				"-Duser.timezone=Asia/Shanghai", "-Dfile.encoding=UTF-8", "-cp", System.getProperty("java.class.path"),
				LuoshiApplication.class.getName()));
		command.addAll(arguments);
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(console(dataDirectory).toFile());
		builder.environment().keySet().removeIf(name -> name.startsWith("LUOSHI_"));
		return builder.start();
	}

	public static Path console(Path dataDirectory) {
		return dataDirectory.resolve("console.log");
	}

	/** Waits until it answers ready on {@code port}; fails with the console's last lines if it exits or takes too long. */
	public static void awaitReady(Process luoshi, int port, Path dataDirectory) throws Exception {
		HttpClient http = HttpClient.newHttpClient();
		HttpRequest readiness = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
			.timeout(Duration.ofSeconds(5))
			.build();
		long deadline = System.nanoTime() + STARTUP.toNanos();
		while (System.nanoTime() < deadline) {
			if (!luoshi.isAlive()) {
				throw new AssertionError("Luoshi exited with " + luoshi.exitValue() + " while starting:\n" + tail(dataDirectory));
			}
			try {
				if (http.send(readiness, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
					return;
				}
			}
			catch (IOException notListeningYet) {
				// starting
			}
			Thread.sleep(50);
		}
		throw new AssertionError("Luoshi did not get ready within " + STARTUP + ":\n" + tail(dataDirectory));
	}

	/** Waits until its console holds {@code line}. */
	public static void awaitLine(Process luoshi, Path dataDirectory, Pattern line) throws Exception {
		long deadline = System.nanoTime() + STARTUP.toNanos();
		while (System.nanoTime() < deadline && luoshi.isAlive()) {
			if (line.matcher(consoleText(dataDirectory)).find()) {
				return;
			}
			Thread.sleep(50);
		}
		throw new AssertionError("No line " + line + " in the console:\n" + tail(dataDirectory));
	}

	public static String consoleText(Path dataDirectory) throws IOException {
		return Files.readString(console(dataDirectory), StandardCharsets.UTF_8);
	}

	public static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0)) {
			return socket.getLocalPort();
		}
	}

	private static String tail(Path dataDirectory) throws IOException {
		List<String> lines = consoleText(dataDirectory).lines().toList();
		return String.join("\n", lines.subList(Math.max(0, lines.size() - 60), lines.size()));
	}
}
