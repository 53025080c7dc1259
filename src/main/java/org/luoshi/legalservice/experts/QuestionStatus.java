package org.luoshi.legalservice.experts;

import java.util.EnumSet;
import java.util.Set;

/**
 * Where a question stands. Asked, it goes by rotation to an expert ({@link #ASSIGNED}), or waits for the justice bureau
 * ({@link #WAITING}) when every expert was passed by. The expert drafts the opinion and submits it ({@link #SUBMITTED});
 * the bureau returns it with comments ({@link #RETURNED}) or approves it ({@link #APPROVED}); the expert signs it off
 * ({@link #SIGNED}, 签发). A signed opinion ends an ordinary question; a major dispute (重大纠纷) stays followed until its
 * outcome is recorded ({@link #CLOSED}). The enterprise or the bureau may withdraw a question not yet submitted
 * ({@link #WITHDRAWN}).
 */
public enum QuestionStatus {
	WAITING, ASSIGNED, SUBMITTED, RETURNED, APPROVED, SIGNED, CLOSED, WITHDRAWN;

	/** An expert has it in hand, or the bureau must give it to one. */
	public static final Set<QuestionStatus> BEFORE_SIGNING = Set.copyOf(EnumSet.of(WAITING, ASSIGNED, SUBMITTED, RETURNED, APPROVED));
}
