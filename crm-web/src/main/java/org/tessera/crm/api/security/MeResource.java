package org.tessera.crm.api.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.tessera.crm.security.boundary.Users;
import org.tessera.crm.security.entity.User;

/** The signed-in user and their own settings. */
@Path("users/me")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class MeResource {

  /**
   * @param departmentId the user's department, or null
   * @param deadlineWarningMinutes how long before a deadline activity counters turn red
   */
  public record MeView(
      long id, String login, String fullName, Long departmentId, long deadlineWarningMinutes) {
    static MeView of(User user) {
      return new MeView(
          user.getId(),
          user.getLogin(),
          user.getFullName(),
          user.getDepartment() == null ? null : user.getDepartment().getId(),
          user.deadlineWarning().toMinutes());
    }
  }

  public record DeadlineWarning(@NotNull Integer minutes) {}

  @EJB Users users;

  @GET
  public MeView get() {
    return MeView.of(users.current());
  }

  @PUT
  @Path("deadline-warning")
  public MeView warnBeforeDeadlines(@NotNull @Valid DeadlineWarning warning) {
    return MeView.of(users.warnBeforeDeadlines(warning.minutes()));
  }
}
