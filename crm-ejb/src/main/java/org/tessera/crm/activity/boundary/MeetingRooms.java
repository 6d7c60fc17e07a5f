package org.tessera.crm.activity.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.tessera.crm.activity.entity.MeetingRoom;
import org.tessera.crm.audit.boundary.AuditLogged;
import org.tessera.crm.security.entity.Roles;
import org.tessera.crm.shared.entity.DuplicateName;
import org.tessera.crm.shared.entity.Limits;
import org.tessera.crm.shared.entity.UnknownEntity;

/** The small list of meeting rooms that activities book; admins keep it. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.USER})
public class MeetingRooms {

  @PersistenceContext EntityManager em;

  public List<MeetingRoom> all() {
    return em.createNamedQuery(MeetingRoom.ALL, MeetingRoom.class).getResultList();
  }

  @RolesAllowed(Roles.ADMIN)
  @AuditLogged
  public MeetingRoom create(@NotBlank @Size(max = Limits.NAME) String name) {
    if (!em.createNamedQuery(MeetingRoom.BY_NAME, MeetingRoom.class)
        .setParameter("name", name.strip())
        .getResultList()
        .isEmpty()) {
      throw new DuplicateName("Meeting room", name.strip());
    }
    MeetingRoom room = new MeetingRoom(name);
    em.persist(room);
    return room;
  }

  /** Deletes a room; the activities that booked it keep their time without a room. */
  @RolesAllowed(Roles.ADMIN)
  @AuditLogged
  public void delete(long roomId) {
    MeetingRoom room = em.find(MeetingRoom.class, roomId);
    if (room == null) {
      throw new UnknownEntity("Meeting room", roomId);
    }
    em.remove(room);
  }
}
