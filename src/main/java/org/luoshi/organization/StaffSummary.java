package org.luoshi.organization;

import org.luoshi.shared.web.Masks;

/** A member of staff as other modules see it; lists show {@link #maskedPhone()}. */
public record StaffSummary(long id, long unitId, String unitName, String name, String position, String phone, String email,
		boolean active, int version) {

	public String maskedPhone() {
		return Masks.phone(phone);
	}
}
