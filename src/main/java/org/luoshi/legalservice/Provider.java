package org.luoshi.legalservice;

import java.util.List;

/** A legal service provider with its unified social credit code and the services it gives. */
public record Provider(long id, ProviderKind kind, String name, String creditCode, String address, String phone, boolean active,
		List<String> serviceCodes, int version) {
}
