package org.tessera.crm.api.activity;

import java.time.OffsetDateTime;
import java.util.Set;
import org.tessera.crm.activity.entity.Activity;
import org.tessera.crm.activity.entity.ActivityKind;
import org.tessera.crm.activity.entity.ActivityStatus;

/** An activity as the API shows it. */
public record ActivityView(
    long id,
    long itemId,
    ActivityKind kind,
    String subject,
    String description,
    OffsetDateTime deadline,
    OffsetDateTime endsAt,
    long responsibleId,
    String responsibleName,
    Set<Long> participantIds,
    Long roomId,
    String roomName,
    ActivityStatus status,
    OffsetDateTime remindAt,
    OffsetDateTime remindedAt,
    long version) {

  public static ActivityView of(Activity activity) {
    return new ActivityView(
        activity.getId(),
        activity.getItemId(),
        activity.getKind(),
        activity.getSubject(),
        activity.getDescription(),
        activity.getDeadline(),
        activity.getEndsAt(),
        activity.getResponsible().getId(),
        activity.getResponsible().getFullName(),
        Set.copyOf(activity.getParticipantIds()),
        activity.getRoom() == null ? null : activity.getRoom().getId(),
        activity.getRoom() == null ? null : activity.getRoom().getName(),
        activity.getStatus(),
        activity.getRemindAt(),
        activity.getRemindedAt(),
        activity.getVersion());
  }
}
