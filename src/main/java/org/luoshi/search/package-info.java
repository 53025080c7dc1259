/**
 * Search: one Chinese full-text search over the records of every module, stored in PostgreSQL itself.
 *
 * <p>Text is segmented with HanLP (index mode, so that 棠下镇 is found by 棠下 too; the names of the district's
 * units and divisions are fed to HanLP as custom words) and kept as a {@code tsvector} with a GIN index in the
 * table {@code search_document}. Results are ranked ({@code ts_rank_cd}, title above body), carry a
 * highlighted snippet, and are limited to what the searcher may open: each document carries the
 * {@link org.luoshi.search.Visibility} its owner states from the rule its own pages apply (permission and units).
 *
 * <p>Publishes {@link org.luoshi.search.SearchIndex} (modules call it inside the transaction that changes
 * their record, so the index commits or rolls back with the data) and {@link org.luoshi.search.Search} (the
 * query side; also {@code /search} and {@code GET /api/v1/search}). Listens to
 * {@link org.luoshi.shared.RecordChanged} of units and staff and indexes them itself, so that organization does
 * not depend on search. Depends on organization (directory reads, data scope) and the shared kernel; it depends
 * on no feature module: they depend on it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Search")
package org.luoshi.search;
