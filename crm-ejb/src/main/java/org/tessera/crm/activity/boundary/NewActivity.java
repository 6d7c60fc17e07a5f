package org.tessera.crm.activity.boundary;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.Set;
import org.tessera.crm.activity.entity.ActivityKind;

/**
 * What it takes to plan an activity. Without a responsible user it is the planner's; without a
 * duration it lasts 30 minutes; without a reminder time it reminds 15 minutes before the deadline.
 */
public record NewActivity(
    @NotNull ActivityKind kind,
    @NotBlank @Size(max = 255) String subject,
    @Size(max = 4000) String description,
    @NotNull OffsetDateTime deadline,
    @Min(0) @Max(Activities.MOST_MINUTES) Integer durationMinutes,
    Long responsibleId,
    Set<Long> participantIds,
    Long roomId,
    @Min(0) @Max(Activities.MOST_MINUTES) Integer remindMinutesBefore) {}
