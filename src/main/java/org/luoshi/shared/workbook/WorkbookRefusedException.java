package org.luoshi.shared.workbook;

/**
 * Why a workbook was not read. Each import says it in its own words (its message keys), with {@link #limit()} where
 * the reason is a limit.
 */
public class WorkbookRefusedException extends RuntimeException {

	public enum Reason {
		/** No bytes at all. */
		EMPTY,
		/** An OLE2 container: a legacy .xls, or an .xlsx saved with a password. */
		LEGACY_OR_ENCRYPTED,
		/** Not a zip package: some other file named .xlsx. */
		NOT_XLSX,
		/** The package unpacks to more than the limit (bytes): a zip bomb, or far more than an import holds. */
		TOO_MUCH_CONTENT,
		/** A sheet has more rows than the limit. */
		TOO_MANY_ROWS,
		/** A damaged package, bad XML, a missing part. */
		UNREADABLE
	}

	private final Reason reason;
	private final long limit;

	public WorkbookRefusedException(Reason reason, long limit) {
		super(reason + (limit > 0 ? " (limit " + limit + ")" : ""));
		this.reason = reason;
		this.limit = limit;
	}

	public WorkbookRefusedException(Reason reason) {
		this(reason, 0);
	}

	public Reason reason() {
		return reason;
	}

	public long limit() {
		return limit;
	}
}
