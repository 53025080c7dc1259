package org.luoshi.enterprise.web;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;

import org.luoshi.enterprise.internal.EnterpriseFilter;
import org.luoshi.enterprise.internal.EnterpriseSheets;
import org.luoshi.shared.CurrentActor;
import org.luoshi.shared.PageQuery;
import org.springframework.stereotype.Component;

/** An export as the pages and the API send it: the list's filter and order, as .xlsx or .csv, named after today. */
@Component
class EnterpriseExports {

	enum Format {
		XLSX, CSV;

		/** {@code xlsx} or {@code csv}, as the address ends. */
		static Format of(String extension) {
			return valueOf(extension.toUpperCase(java.util.Locale.ROOT));
		}
	}

	private final EnterpriseSheets sheets;
	private final EnterpriseTexts texts;

	EnterpriseExports(EnterpriseSheets sheets, EnterpriseTexts texts) {
		this.sheets = sheets;
		this.texts = texts;
	}

	/** Refuses a filter or sort that names nothing (400) before anything is sent. */
	void send(Format format, String q, String division, String industry, String tag, String scale, String sort,
			HttpServletResponse response) throws IOException {
		EnterpriseFilter filter = EnterpriseFilter.of(q, division, industry, tag, scale);
		PageQuery order = PageQuery.of(null, null, sort, "name", EnterpriseFilter.SORTABLE);
		if (format == Format.XLSX) {
			texts.attach(response, EnterpriseSheets.XLSX, "xlsx");
			sheets.xlsx(filter, order.sortField(), order.direction(), CurrentActor.get(), response.getOutputStream());
		}
		else {
			texts.attach(response, EnterpriseSheets.CSV, "csv");
			sheets.csv(filter, order.sortField(), order.direction(), CurrentActor.get(), response.getOutputStream());
		}
	}
}
