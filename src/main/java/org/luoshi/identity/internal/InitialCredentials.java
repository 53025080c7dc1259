package org.luoshi.identity.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The demo accounts' password: {@code LUOSHI_DEMO_PASSWORD} when set, otherwise one generated at first start
 * and kept (readable by the owner only) in the data directory, so the printed password stays valid across
 * restarts.
 */
@Component
class InitialCredentials {

	private static final String ALPHABET = "abcdefghjkmnpqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

	private final String configured;
	private final Path dataDir;
	private final SecureRandom random = new SecureRandom();
	private String demoPassword;

	InitialCredentials(@Value("${luoshi.demo-password:}") String configured, @Value("${luoshi.data-dir}") String dataDir) {
		this.configured = configured;
		this.dataDir = Path.of(dataDir);
	}

	synchronized String demoPassword() {
		if (demoPassword == null) {
			demoPassword = configured != null && !configured.isBlank() ? configured : storedOrGenerated(dataDir.resolve("demo-password"));
		}
		return demoPassword;
	}

	/** A fresh random password, e.g. for the first administrator of a real installation. */
	String generate() {
		StringBuilder password = new StringBuilder("Ls-");
		for (int i = 0; i < 14; i++) {
			password.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
		}
		return password.toString();
	}

	private String storedOrGenerated(Path file) {
		try {
			if (Files.isRegularFile(file)) {
				String stored = Files.readString(file, StandardCharsets.UTF_8).strip();
				if (stored.length() >= PasswordPolicy.MIN_LENGTH) {
					return stored;
				}
			}
			String generated = generate();
			Files.createDirectories(file.getParent());
			Files.writeString(file, generated + "\n", StandardCharsets.UTF_8);
			try {
				Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
			}
			catch (UnsupportedOperationException notPosix) {
				// Windows: the file keeps the directory's permissions.
			}
			return generated;
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
