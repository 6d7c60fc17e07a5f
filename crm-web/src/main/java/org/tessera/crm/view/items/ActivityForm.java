package org.tessera.crm.view.items;

import java.io.Serializable;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.tessera.crm.activity.boundary.NewActivity;
import org.tessera.crm.activity.entity.ActivityKind;
import org.tessera.crm.activity.entity.MeetingRoom;
import org.tessera.crm.security.entity.User;

/** The inputs of an activity to plan, on the board and on the card. */
public class ActivityForm implements Serializable {

  /** A user or room to pick. */
  public record Choice(long id, String label) implements Serializable {}

  private static final int DEFAULT_DURATION_MINUTES = 30;

  private ActivityKind kind;
  private String subject;
  private String description;
  private LocalDateTime deadline;
  private Integer durationMinutes;
  private Long responsibleId;
  private List<String> participantIds = new ArrayList<>();
  private Long roomId;
  private List<Choice> users = List.of();
  private List<Choice> rooms = List.of();

  /** An empty call, due in an hour or more, for the planner. */
  static ActivityForm blank(User planner, List<User> users, List<MeetingRoom> rooms) {
    ActivityForm form = new ActivityForm();
    form.kind = ActivityKind.CALL;
    // A full hour at least an hour ahead: never already within the counter's red warning.
    form.deadline = LocalDateTime.now().plusHours(2).truncatedTo(ChronoUnit.HOURS);
    form.durationMinutes = DEFAULT_DURATION_MINUTES;
    form.responsibleId = planner.getId();
    form.users = users.stream().map(user -> new Choice(user.getId(), user.getFullName())).toList();
    form.rooms = rooms.stream().map(room -> new Choice(room.getId(), room.getName())).toList();
    return form;
  }

  NewActivity toNewActivity() {
    Set<Long> participants =
        participantIds.stream().map(Long::valueOf).collect(Collectors.toUnmodifiableSet());
    return new NewActivity(
        kind,
        subject,
        description,
        deadline.atZone(ZoneId.systemDefault()).toOffsetDateTime(),
        durationMinutes,
        responsibleId,
        participants,
        roomId,
        null);
  }

  public ActivityKind[] getKinds() {
    return ActivityKind.values();
  }

  public List<Choice> getUsers() {
    return users;
  }

  public List<Choice> getRooms() {
    return rooms;
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

  public String getDescription() {
    return description;
  }

  public void setDescription(String description) {
    this.description = description;
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

  /** As strings: what a select-many sends back. */
  public List<String> getParticipantIds() {
    return participantIds;
  }

  public void setParticipantIds(List<String> participantIds) {
    this.participantIds = participantIds == null ? new ArrayList<>() : participantIds;
  }

  public Long getRoomId() {
    return roomId;
  }

  public void setRoomId(Long roomId) {
    this.roomId = roomId;
  }
}
