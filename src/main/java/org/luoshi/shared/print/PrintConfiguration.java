package org.luoshi.shared.print;

import java.io.IOException;
import java.nio.file.Path;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * The typeface of every printed document: the predefined Song font unless the deployer names a TrueType file
 * ({@code LUOSHI_PRINT_FONT}), which is then embedded so that every reader shows the same glyphs.
 */
@Configuration(proxyBeanMethods = false)
class PrintConfiguration {

	@Bean
	PrintFont printFont(@Value("${luoshi.print-font:}") String trueTypeFile) throws IOException {
		return trueTypeFile == null || trueTypeFile.isBlank() ? PrintFont.predefinedSong() : PrintFont.embedded(Path.of(trueTypeFile));
	}
}
