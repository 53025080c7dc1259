package org.luoshi.identity.internal;

import org.springframework.security.authentication.AccountStatusException;

/**
 * The right password for an enterprise's registration that its town has not approved (yet). Unlike the one answer to a
 * refused sign-in, this one says why: whoever gives the right password is the applicant, who needs to know whether to
 * wait or to ask the town, and the answer tells a password guesser nothing the wrong password would not.
 */
public class NotApprovedException extends AccountStatusException {

	private static final long serialVersionUID = 1L;

	private final boolean rejected;

	NotApprovedException(boolean rejected) {
		super(rejected ? "registration rejected" : "registration awaiting approval");
		this.rejected = rejected;
	}

	/** Refused by the town; otherwise still waiting for its decision. */
	public boolean rejected() {
		return rejected;
	}

	/** {@code awaiting} or {@code rejected}: the sign-in page's {@code error} and the message's last word. */
	public String reason() {
		return rejected ? "rejected" : "awaiting";
	}
}
