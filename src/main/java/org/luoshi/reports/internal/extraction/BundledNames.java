package org.luoshi.reports.internal.extraction;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.luoshi.reports.NameSource;

/**
 * The gazetteer shipped in the jar ({@code reports/gazetteer.tsv}): Jiangmen's districts and Pengjiang's towns
 * and subdistricts with their division codes, and the district's usual units. Enough for the command line;
 * the web layer adds the live organization tree.
 */
public final class BundledNames implements NameSource {

	static final String RESOURCE = "/reports/gazetteer.tsv";

	private static final BundledNames INSTANCE = load();

	private final List<KnownPlace> places;
	private final List<KnownUnit> units;

	private BundledNames(List<KnownPlace> places, List<KnownUnit> units) {
		this.places = List.copyOf(places);
		this.units = List.copyOf(units);
	}

	public static BundledNames instance() {
		return INSTANCE;
	}

	@Override
	public List<KnownPlace> places() {
		return places;
	}

	@Override
	public List<KnownUnit> units() {
		return units;
	}

	private static BundledNames load() {
		List<KnownPlace> places = new ArrayList<>();
		List<KnownUnit> units = new ArrayList<>();
		try (InputStream in = BundledNames.class.getResourceAsStream(RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException(RESOURCE + " is missing from the classpath");
			}
			BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
			String line;
			while ((line = reader.readLine()) != null) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] fields = line.split("\t");
				switch (fields[0]) {
					case "place" -> places.add(new KnownPlace(fields[2], fields[1], list(fields, 3)));
					case "unit" -> units.add(new KnownUnit(fields[1], list(fields, 2)));
					default -> throw new IllegalStateException("Unknown gazetteer line: " + line);
				}
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return new BundledNames(places, units);
	}

	private static List<String> list(String[] fields, int index) {
		return index < fields.length && !fields[index].isBlank() ? Arrays.asList(fields[index].split(",")) : List.of();
	}
}
