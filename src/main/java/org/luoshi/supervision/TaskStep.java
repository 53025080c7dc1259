package org.luoshi.supervision;

/**
 * The steps of a task's life. Which of them is allowed in which {@link TaskStatus}, for whom, is written once, in the
 * task's transition table (see {@code docs/architecture/lifecycle.md}); {@link TaskActions} lists those the actor may
 * take now.
 */
public enum TaskStep {
	/** The issuer corrects the task (a new lead unit receives it afresh: {@link #REASSIGN}). */
	EDIT,
	/** Part of {@link #EDIT}: a task already issued goes to its new lead unit, which signs for it again. */
	REASSIGN,
	/** 交办: a draft, or a returned task once corrected, goes to its lead unit. */
	ISSUE,
	CANCEL,
	/**
	 * The issuer breaks the task down into subtasks; so may the lead unit once it has signed for it (层层分解), issuing
	 * and closing those subtasks itself.
	 */
	ADD_SUBTASK,
	/** 签收 */
	SIGN,
	/** 退回: the lead unit sends the task back to the issuer with a reason. */
	RETURN,
	REPORT_PROGRESS,
	/** A co-operating unit's part of the progress. */
	CONTRIBUTE,
	REACH_MILESTONE,
	/** 申请销号 */
	REQUEST_COMPLETION,
	/** 销号: the issuer approves the completion request. */
	CLOSE,
	/** The issuer refuses the completion request: the work goes on. */
	SEND_BACK,
	REQUEST_EXTENSION,
	DECIDE_EXTENSION,
	/** 批示 */
	INSTRUCT,
	/** 催办 */
	REMIND,
	/** 督办单 */
	ISSUE_NOTICE
}
