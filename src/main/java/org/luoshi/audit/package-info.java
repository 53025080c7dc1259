/**
 * Audit: the append-only, tamper-evident trail of every write and every sign-in attempt.
 *
 * <p>Listens (synchronously, inside the writer's transaction) to every {@link org.luoshi.shared.AuditableEvent}
 * and adds who acted ({@link org.luoshi.shared.CurrentActor}), when and from which address. Each entry carries a
 * SHA-256 hash chained to the previous entry's, so that a changed, removed or reordered entry is found by the
 * verify action; the database itself refuses UPDATE, DELETE and TRUNCATE on the table.
 *
 * <p>Auditors ({@link org.luoshi.shared.Permissions#AUDIT_READ}) read it on the {@code /audit} page (filters,
 * changes before → after, chain verification, .xlsx export), through {@code GET /api/v1/audit} and on their home
 * page (failed sign-ins and locked accounts of the last 24 hours).
 *
 * <p>Publishes nothing; nothing depends on it. Depends only on the shared kernel.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Audit")
package org.luoshi.audit;
