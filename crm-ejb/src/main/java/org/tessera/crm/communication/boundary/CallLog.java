package org.tessera.crm.communication.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.tessera.crm.communication.entity.Communication;
import org.tessera.crm.communication.entity.Direction;

/**
 * A call as an employee writes it down: who called whom at which number, how long it took and what
 * came of it. Without an employee, it is the signed-in user's call.
 */
public record CallLog(
    @NotNull Direction direction,
    @NotBlank @Size(max = Communications.PHONE_LIMIT) String phone,
    @Min(0) @Max(Communications.LONGEST_CALL_SECONDS) Integer durationSeconds,
    @Size(max = Communication.OUTCOME_LIMIT) String outcome,
    @Size(max = Communication.BODY_LIMIT) String notes,
    Long employeeId) {}
