package org.luoshi.supervision.web;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * What one of the task page's action forms posts. Each action uses a few of the fields, named as its command names
 * them in its refusals, so that every reason shows beside the field it concerns.
 *
 * @param decision {@code approve}, or {@code send-back} / {@code refuse}, from the button pressed
 * @param evidence ids of files already uploaded that the report is to carry
 * @param version the task's version the page showed, for the steps that must not overwrite a change
 */
record ActionForm(String text, String percent, String reason, String comment, String note, String newDeadline, String issues,
		String requirements, String replyDue, String decision, List<String> evidence, Integer version) {

	static final String APPROVE = "approve";

	ActionForm {
		evidence = evidence == null ? List.of() : List.copyOf(evidence);
	}

	static ActionForm blank() {
		return new ActionForm(null, null, null, null, null, null, null, null, null, null, List.of(), null);
	}

	boolean approves() {
		return APPROVE.equals(decision);
	}

	public boolean carries(long evidenceId) {
		return evidence.contains(String.valueOf(evidenceId));
	}

	/** The same form carrying these files as well. */
	ActionForm withEvidence(List<Long> more) {
		List<String> all = new ArrayList<>(evidence);
		more.stream().map(String::valueOf).filter(id -> !all.contains(id)).forEach(all::add);
		return new ActionForm(text, percent, reason, comment, note, newDeadline, issues, requirements, replyDue, decision, all, version);
	}

	/** Everything written in the form, so that it can be shown back when the action can no longer be taken. */
	public List<String> writing() {
		return Stream.of(text, reason, comment, note, issues, requirements).filter(value -> value != null && !value.isBlank()).toList();
	}
}
