/**
 * Supervision's Excel forms (nested module): the task breakdown table (任务分解表) and the ledger (台账) of the tasks a
 * filter selects, the template to fill in, and the import of a breakdown table into a goal, all rows or none.
 *
 * <p>Publishes {@link org.luoshi.supervision.ledger.LedgerService}, the layouts
 * ({@link org.luoshi.supervision.ledger.LedgerLayout}) and an import's problems
 * ({@link org.luoshi.supervision.ledger.LedgerProblem}) to its pages and API in {@code ledger.web}; the writer of the
 * sheets is its own, the reader ({@code TaskLedgerReader}, what it read) is public only so that tests read back an
 * export. Chinese dates in cells are read by the shared {@link org.luoshi.shared.ChineseDates}. Nothing else in
 * supervision depends on this module.
 *
 * <p>Goes through the task core's facade: an imported row becomes a task through {@code TaskIntake}, the same command
 * path (validation, timeline, audit, issuing) as any other task, and the ledger never writes a task table. The export
 * is the one exception on the reading side: it stays one query over {@code task} in the ledger's order (goal, group,
 * parent before its subtasks), with co-operating units and progress, under the core's scope and filter
 * ({@code TaskRows.where}), because the published reads are paged summaries without that order or those columns and
 * would read a district's ten thousand tasks one by one. {@code ModularityTests} holds it to those parts of the core.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Supervision :: Ledger")
package org.luoshi.supervision.ledger;
