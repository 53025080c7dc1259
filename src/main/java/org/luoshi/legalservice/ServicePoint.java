package org.luoshi.legalservice;

import java.util.List;

/**
 * A park's public legal service point (产业园公共法律服务工作站).
 *
 * @param divisionCode the town or subdistrict it lies in, or {@code null} where not recorded
 * @param serviceCodes the services it offers, in the list's order
 * @param staffAccountIds the accounts that work its counter
 */
public record ServicePoint(long id, String name, String park, String divisionCode, String address, String openingHours, String phone,
		boolean active, List<String> serviceCodes, List<Long> staffAccountIds, int version) {

	public boolean offers(String serviceCode) {
		return serviceCodes.contains(serviceCode);
	}

	public boolean staffedBy(Long accountId) {
		return accountId != null && staffAccountIds.contains(accountId);
	}
}
