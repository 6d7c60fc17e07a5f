package org.tessera.crm.view.items;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.tessera.crm.activity.entity.Activity;
import org.tessera.crm.activity.entity.ActivityKind;
import org.tessera.crm.activity.entity.ActivityStatus;

/** A planned activity in a list, its deadline in the server's time. */
public record ActivityRow(
    long id,
    long version,
    ActivityKind kind,
    String subject,
    LocalDateTime deadline,
    String responsible,
    String room)
    implements Serializable {

  /** The planned ones among the activities, in their order. */
  static List<ActivityRow> planned(List<Activity> activities) {
    return activities.stream()
        .filter(activity -> activity.getStatus() == ActivityStatus.PLANNED)
        .map(ActivityRow::of)
        .toList();
  }

  private static ActivityRow of(Activity activity) {
    return new ActivityRow(
        activity.getId(),
        activity.getVersion(),
        activity.getKind(),
        activity.getSubject(),
        activity.getDeadline().atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime(),
        activity.getResponsible().getFullName(),
        activity.getRoom() == null ? null : activity.getRoom().getName());
  }
}
