package org.luoshi.legalservice;

import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The legal service module's reference data, read by its nested modules and by others: the service list, the points,
 * the providers and their practitioners. Reading needs no permission: the public page shows the points and services to
 * anyone; what is private (phones of practitioners) the pages mask by their own rule.
 */
public interface LegalDirectory {

	/** The service list in order; {@code activeOnly} leaves out those new requests may no longer ask for. */
	List<LegalServiceType> services(boolean activeOnly);

	Optional<LegalServiceType> service(String code);

	/** The points by name; {@code activeOnly} leaves out closed ones. */
	List<ServicePoint> points(boolean activeOnly);

	Optional<ServicePoint> point(long id);

	/** The points whose counter the account works (its staff list); empty for everyone else. */
	Set<Long> pointsStaffedBy(long accountId);

	List<Provider> providers();

	Optional<Provider> provider(long id);

	/** Practitioners by name, of one provider or ({@code null}) all. */
	List<Practitioner> practitioners(Long providerId);

	Optional<Practitioner> practitioner(long id);

	/** The practitioner an account is linked to, if any. */
	Optional<Practitioner> practitionerOfAccount(long accountId);

	/** The expert group's members (active), by id: the order the rotation goes round. */
	List<Practitioner> experts();
}
