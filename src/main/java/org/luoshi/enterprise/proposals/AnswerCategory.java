package org.luoshi.enterprise.proposals;

/**
 * How an answer (提案答复) is classed: A, the problem is solved or basically solved (所提问题已经解决或基本解决); B, it is
 * planned or being solved (列入计划拟解决), and followed up until done; C, it cannot be solved for now, for reasons the
 * answer gives (因条件限制或其他原因暂不能解决).
 */
public enum AnswerCategory {
	A, B, C
}
