package org.luoshi.legalservice.experts;

/** How a major dispute ended. */
public enum DisputeOutcome {
	/** 和解 */
	SETTLED,
	/** 调解 */
	MEDIATED,
	/** 仲裁 */
	ARBITRATED,
	/** 诉讼 */
	LITIGATED,
	/** 撤回 */
	WITHDRAWN
}
