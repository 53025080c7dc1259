package org.luoshi.legalservice;

import java.time.LocalDate;

/**
 * Why a practitioner may not act against a party: they, or a colleague of their provider ({@code byProvider}), acted for
 * that party before.
 *
 * @param partyName the party acted for, as recorded
 * @param actedBy the practitioner who acted
 * @param matter what it was about
 */
public record Conflict(long practitionerId, boolean byProvider, String partyName, String actedBy, String matter, LocalDate actedOn) {
}
