package org.luoshi.projects.internal;

import org.luoshi.search.SearchDocument;
import org.luoshi.search.SearchIndex;
import org.springframework.stereotype.Component;

/** Projects in search (type {@code project}), found by whoever the project's rule lets see it. */
@Component
class ProjectSearch {

	private final SearchIndex index;
	private final ProjectStore store;

	ProjectSearch(SearchIndex index, ProjectStore store) {
		this.index = index;
		this.store = store;
	}

	void index(ProjectStore.Row row) {
		String body = String.join(" ", row.platformName() == null ? "" : row.platformName(),
				store.townNames().getOrDefault(row.townCode(), ""), store.unitName(row.leadUnitId()), row.description() == null ? "" : row.description());
		index.index(new SearchDocument("project", String.valueOf(row.id()), ProjectAccess.visibility(row.leadUnitId()), row.name(), body.strip(),
				"/projects/" + row.id()));
	}
}
