package org.luoshi.shared;

/**
 * Someone else saved the record first (optimistic locking) or the record's state forbids the action.
 * Answered as 409; the caller reloads and decides again, so no one's work is silently overwritten.
 */
public class ConflictException extends RuntimeException {

	private final String messageKey;

	public ConflictException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public static ConflictException staleVersion() {
		return new ConflictException("error.conflict.version");
	}

	public String messageKey() {
		return messageKey;
	}
}
