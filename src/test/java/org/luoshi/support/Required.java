package org.luoshi.support;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Assumptions;

/**
 * Test inputs that live outside the repository (the seed page in {@code ../shared/seed}). On a developer's machine a
 * missing one skips the test, saying so; in CI ({@code CI} set, as CI services and {@code .ci/run} do) it fails the
 * test, so that a moved or missing seed cannot turn the suite green by skipping.
 */
public final class Required {

	private Required() {
	}

	public static void file(Path path, String what) {
		if (Files.isRegularFile(path)) {
			return;
		}
		String message = what + " not found at " + path.toAbsolutePath();
		if (inCi()) {
			throw new AssertionError(message + " (CI requires it)");
		}
		Assumptions.abort(message + "; skipped outside CI");
	}

	static boolean inCi() {
		String ci = System.getenv("CI");
		return ci != null && !ci.isBlank() && !ci.equalsIgnoreCase("false");
	}
}
