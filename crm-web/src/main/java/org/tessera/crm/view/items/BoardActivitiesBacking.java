package org.tessera.crm.view.items;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.tessera.crm.activity.boundary.Activities;
import org.tessera.crm.activity.boundary.MeetingRooms;
import org.tessera.crm.activity.boundary.NewActivity;
import org.tessera.crm.activity.entity.ActivityKind;
import org.tessera.crm.activity.entity.ActivityStatus;
import org.tessera.crm.security.boundary.Users;
import org.tessera.crm.view.Messages;

/**
 * Activities from the board: "+ Activity" on a card plans one, the card's counter lists those that
 * wait.
 */
@Named
@ViewScoped
public class BoardActivitiesBacking implements Serializable {

  /** An activity in the list of a card. */
  public record Row(
      long id, ActivityKind kind, String subject, LocalDateTime deadline, String responsible)
      implements Serializable {}

  /** A user or room to pick. */
  public record Choice(long id, String label) implements Serializable {}

  private static final int DEFAULT_DURATION_MINUTES = 30;

  @Inject BoardBacking boardBacking;
  @Inject Activities activities;
  @Inject MeetingRooms meetingRooms;
  @Inject Users users;

  private long itemId;
  private String itemTitle;
  private ActivityKind kind;
  private String subject;
  private LocalDateTime deadline;
  private Integer durationMinutes;
  private Long responsibleId;
  private Long roomId;
  private List<Row> rows = List.of();
  private List<Choice> responsibles = List.of();
  private List<Choice> rooms = List.of();

  /** Opens an empty activity for the card: a call, due in an hour, for the signed-in user. */
  public void prepare(BoardCard card) {
    itemId = card.id();
    itemTitle = card.title();
    kind = ActivityKind.CALL;
    subject = null;
    // A full hour at least an hour ahead: never already within the counter's red warning.
    deadline = LocalDateTime.now().plusHours(2).truncatedTo(ChronoUnit.HOURS);
    durationMinutes = DEFAULT_DURATION_MINUTES;
    responsibleId = users.current().getId();
    roomId = null;
    responsibles =
        users.active().stream().map(user -> new Choice(user.getId(), user.getFullName())).toList();
    rooms =
        meetingRooms.all().stream().map(room -> new Choice(room.getId(), room.getName())).toList();
  }

  public void plan() {
    activities.plan(
        itemId,
        new NewActivity(
            kind,
            subject,
            null,
            deadline.atZone(ZoneId.systemDefault()).toOffsetDateTime(),
            durationMinutes,
            responsibleId,
            null,
            roomId,
            null));
    Messages.info("activity.planned", subject, itemTitle);
    boardBacking.reload();
  }

  /** The activities of the card, soonest first. */
  public void list(BoardCard card) {
    itemId = card.id();
    itemTitle = card.title();
    rows =
        activities.ofItem(itemId).stream()
            .filter(activity -> activity.getStatus() == ActivityStatus.PLANNED)
            .map(
                activity ->
                    new Row(
                        activity.getId(),
                        activity.getKind(),
                        activity.getSubject(),
                        activity
                            .getDeadline()
                            .atZoneSameInstant(ZoneId.systemDefault())
                            .toLocalDateTime(),
                        activity.getResponsible().getFullName()))
            .toList();
  }

  public ActivityKind[] getKinds() {
    return ActivityKind.values();
  }

  public List<Choice> getResponsibles() {
    return responsibles;
  }

  public List<Choice> getRooms() {
    return rooms;
  }

  public List<Row> getRows() {
    return rows;
  }

  public String getItemTitle() {
    return itemTitle;
  }

  public ActivityKind getKind() {
    return kind;
  }

  public void setKind(ActivityKind kind) {
    this.kind = kind;
  }

  public String getSubject() {
    return subject;
  }

  public void setSubject(String subject) {
    this.subject = subject;
  }

  public LocalDateTime getDeadline() {
    return deadline;
  }

  public void setDeadline(LocalDateTime deadline) {
    this.deadline = deadline;
  }

  public Integer getDurationMinutes() {
    return durationMinutes;
  }

  public void setDurationMinutes(Integer durationMinutes) {
    this.durationMinutes = durationMinutes;
  }

  public Long getResponsibleId() {
    return responsibleId;
  }

  public void setResponsibleId(Long responsibleId) {
    this.responsibleId = responsibleId;
  }

  public Long getRoomId() {
    return roomId;
  }

  public void setRoomId(Long roomId) {
    this.roomId = roomId;
  }
}
