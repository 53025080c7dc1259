package org.luoshi.enterprise.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.luoshi.shared.Actor;
import org.luoshi.shared.workbook.Csv;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;

/**
 * The registry as a sheet (.xlsx or .csv): the enterprises a list's filter selects, in its order, one row each under
 * the {@link RegisterColumn} headers, which an import reads back. Contacts are masked as in every list: a file leaves
 * Luoshi and travels. Sheets are Chinese forms whatever the reader's language, like every Excel form of Luoshi.
 *
 * <p>Rows are written as they are read ({@link EnterpriseService#forEach}): fastexcel streams the sheet and is flushed
 * every {@value #FLUSH_EVERY} rows, so a district's whole register needs little memory.
 */
@Component
public class EnterpriseSheets {

	public static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
	public static final String CSV = "text/csv;charset=UTF-8";
	private static final int FLUSH_EVERY = 1_000;
	private static final String SHEET = "企业名录";

	private final EnterpriseService registry;
	private final MessageSource messages;

	EnterpriseSheets(EnterpriseService registry, MessageSource messages) {
		this.registry = registry;
		this.messages = messages;
	}

	private static List<RegisterColumn> columns() {
		return Arrays.stream(RegisterColumn.values()).filter(RegisterColumn::exported).toList();
	}

	public void xlsx(EnterpriseFilter filter, String sortField, String direction, Actor actor, OutputStream out) throws IOException {
		Workbook workbook = new Workbook(out, "Luoshi", "1.0");
		workbook.setGlobalDefaultFont("宋体", 11);
		Worksheet sheet = workbook.newWorksheet(SHEET);
		List<RegisterColumn> columns = columns();
		for (int c = 0; c < columns.size(); c++) {
			sheet.value(0, c, columns.get(c).header());
			sheet.style(0, c).bold().fillColor("D9D9D9").set();
			sheet.width(c, c == 1 || c == 3 ? 40 : 18);
		}
		sheet.freezePane(0, 1);
		int[] row = { 1 };
		try {
			registry.forEach(filter, sortField, direction, actor, enterprise -> {
				List<String> values = values(enterprise);
				for (int c = 0; c < values.size(); c++) {
					if (values.get(c) != null) {
						sheet.inlineString(row[0], c, values.get(c));
					}
				}
				if (++row[0] % FLUSH_EVERY == 0) {
					flush(sheet);
				}
			});
		}
		catch (UncheckedIOException e) {
			throw e.getCause();
		}
		workbook.finish();
	}

	public void csv(EnterpriseFilter filter, String sortField, String direction, Actor actor, OutputStream out) throws IOException {
		Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
		writer.write(Csv.BYTE_ORDER_MARK);
		Csv.write(writer, columns().stream().map(RegisterColumn::header).toList());
		try {
			registry.forEach(filter, sortField, direction, actor, enterprise -> {
				try {
					Csv.write(writer, values(enterprise));
				}
				catch (IOException e) {
					throw new UncheckedIOException(e);
				}
			});
		}
		catch (UncheckedIOException e) {
			throw e.getCause();
		}
		writer.flush();
	}

	private static void flush(Worksheet sheet) {
		try {
			sheet.flush();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}

	/** One enterprise's cells in the columns' order; its first contact, masked. */
	private List<String> values(EnterpriseRecord enterprise) {
		Contact contact = enterprise.contacts().isEmpty() ? null : enterprise.contacts().get(0).masked();
		List<String> values = new ArrayList<>();
		for (RegisterColumn column : columns()) {
			values.add(switch (column) {
				case CREDIT_CODE -> enterprise.creditCode();
				case NAME -> enterprise.name();
				case LEGAL_REPRESENTATIVE -> enterprise.legalRepresentative();
				case ADDRESS -> enterprise.address();
				case TOWN -> enterprise.townName();
				case DIVISION_CODE -> enterprise.divisionCode();
				case PARK -> enterprise.park();
				case INDUSTRY -> enterprise.industry() == null ? null : zh("enterprise.industry." + enterprise.industry().name());
				case SCALE -> enterprise.scale() == null ? null : zh("enterprise.scale." + enterprise.scale().name());
				case TAGS -> enterprise.tags().stream().map(tag -> zh("enterprise.tag." + tag.name())).collect(Collectors.joining("、"));
				case CPPCC_MEMBER -> enterprise.cppccMember();
				case CONTACT_NAME -> contact == null ? null : contact.name();
				case CONTACT_PHONE -> contact == null ? null : contact.phone();
				case CONTACT_EMAIL -> contact == null ? null : contact.email();
				case NOTE -> enterprise.note();
				case AUTHORITY -> null;
			});
		}
		return values;
	}

	private String zh(String key) {
		return messages.getMessage(key, null, key, Locale.SIMPLIFIED_CHINESE);
	}
}
