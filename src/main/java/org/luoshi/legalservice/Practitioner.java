package org.luoshi.legalservice;

import java.util.List;

/**
 * A practitioner of a provider: a lawyer, notary, mediator or appraiser.
 *
 * @param accountId the account linked to them (their side of the cases assigned to them), or {@code null}
 * @param expert whether they sit on the district's lawyers' expert group (律师专家团); when an expert is away the experts module
 *        keeps, not this record
 */
public record Practitioner(long id, long providerId, String providerName, ProviderKind providerKind, String name, String licenceNo,
		String phone, List<String> specialties, Long accountId, boolean expert, boolean active, int version) {
}
