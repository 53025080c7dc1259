package org.luoshi.shared.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.fasterxml.jackson.databind.JavaType;
import io.swagger.v3.core.util.Json;
import org.junit.jupiter.api.Test;

/** Two types of one simple name each get a schema of their own; one type keeps its one name. */
class UniqueSchemaNamesTests {

	static class TaskApi {

		record TextRequest(String text) {
		}
	}

	static class ReportApi {

		record TextRequest(String text, String date) {
		}
	}

	record Page<T>(List<T> items) {
	}

	static class Goal {

		enum Kind {
			LEVEL
		}
	}

	static class Reason {

		enum Kind {
			UNKNOWN
		}
	}

	final UniqueSchemaNames names = new UniqueSchemaNames();

	@Test
	void theFirstTypeKeepsItsSimpleNameAndTheSecondIsNamedWithItsPackage() {
		assertThat(names.nameForType(type(TaskApi.TextRequest.class))).isEqualTo("TextRequest");
		assertThat(names.nameForType(type(ReportApi.TextRequest.class)))
			.isEqualTo("org.luoshi.shared.web.UniqueSchemaNamesTests.ReportApi.TextRequest");
		assertThat(names.nameForType(type(TaskApi.TextRequest.class))).isEqualTo("TextRequest");
		assertThat(names.nameForType(type(ReportApi.TextRequest.class)))
			.isEqualTo("org.luoshi.shared.web.UniqueSchemaNamesTests.ReportApi.TextRequest");
	}

	@Test
	void aGenericTypeIsNamedByWhatItHolds() {
		JavaType tasks = Json.mapper().getTypeFactory().constructParametricType(Page.class, TaskApi.TextRequest.class);
		JavaType reports = Json.mapper().getTypeFactory().constructParametricType(Page.class, ReportApi.TextRequest.class);
		assertThat(names.nameForType(tasks)).isEqualTo("PageTextRequest");
		assertThat(names.nameForType(reports)).isNotEqualTo("PageTextRequest").matches("[\\w.]+");
	}

	/** swagger-core writes enums out where they are used: their names never reach the document. */
	@Test
	void enumsKeepTheirSimpleNames() {
		assertThat(names.nameForType(type(Goal.Kind.class))).isEqualTo("Kind");
		assertThat(names.nameForType(type(Reason.Kind.class))).isEqualTo("Kind");
	}

	private static JavaType type(Class<?> type) {
		return Json.mapper().constructType(type);
	}
}
