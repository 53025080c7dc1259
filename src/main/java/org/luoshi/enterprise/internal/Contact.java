package org.luoshi.enterprise.internal;

import org.luoshi.shared.web.Masks;

/** A person to reach at the enterprise. Lists show the phone and e-mail masked ({@link #masked()}). */
public record Contact(String name, String role, String phone, String email) {

	public Contact masked() {
		return new Contact(name, role, phone == null ? null : Masks.phone(phone), email == null ? null : Masks.email(email));
	}
}
