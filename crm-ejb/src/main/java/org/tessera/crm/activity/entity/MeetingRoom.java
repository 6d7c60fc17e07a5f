package org.tessera.crm.activity.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import org.tessera.crm.shared.entity.Limits;

/** A room that meetings book for their time slot. */
@Entity
@Table(name = "meeting_room")
@NamedQuery(name = MeetingRoom.ALL, query = "select r from MeetingRoom r order by r.name")
@NamedQuery(name = MeetingRoom.BY_NAME, query = "select r from MeetingRoom r where r.name = :name")
public class MeetingRoom {

  public static final String ALL = "MeetingRoom.all";
  public static final String BY_NAME = "MeetingRoom.byName";

  @Id
  @SequenceGenerator(
      name = "meeting_room_seq",
      sequenceName = "meeting_room_seq",
      allocationSize = 50)
  @GeneratedValue(generator = "meeting_room_seq")
  private Long id;

  @NotBlank
  @Size(max = Limits.NAME)
  private String name;

  @Version private long version;

  protected MeetingRoom() {}

  public MeetingRoom(String name) {
    this.name = name == null ? null : name.strip();
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }
}
