package org.luoshi.organization;

import org.luoshi.organization.UnitCommands.CreateStaff;
import org.luoshi.organization.UnitCommands.CreateUnit;
import org.luoshi.organization.UnitCommands.MoveUnit;
import org.luoshi.organization.UnitCommands.SetStaffActive;
import org.luoshi.organization.UnitCommands.SetUnitActive;
import org.luoshi.organization.UnitCommands.UpdateStaff;
import org.luoshi.organization.UnitCommands.UpdateUnit;

/**
 * Writes on units and staff. Each command is validated whole (every problem reported, nothing written when
 * there is one), runs in one transaction, checks the actor's data scope and leaves an audit entry.
 */
public interface OrganizationAdministration {

	UnitSummary createUnit(CreateUnit command);

	UnitSummary updateUnit(UpdateUnit command);

	UnitSummary moveUnit(MoveUnit command);

	UnitSummary setUnitActive(SetUnitActive command);

	StaffSummary createStaff(CreateStaff command);

	StaffSummary updateStaff(UpdateStaff command);

	StaffSummary setStaffActive(SetStaffActive command);
}
