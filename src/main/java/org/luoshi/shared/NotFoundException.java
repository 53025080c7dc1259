package org.luoshi.shared;

/**
 * The record does not exist, or the actor may not see it: both answer 404, so that ids cannot be probed.
 */
public class NotFoundException extends RuntimeException {

	public NotFoundException(String what, Object id) {
		super(what + " " + id + " not found");
	}
}
