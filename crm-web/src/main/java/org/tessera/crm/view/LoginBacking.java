package org.tessera.crm.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import org.tessera.crm.security.SignInThrottle;

/** The sign-in form. */
@Named
@RequestScoped
public class LoginBacking {

  @Inject SecurityContext securityContext;
  @Inject SignInThrottle throttle;

  private String login;
  private String password;
  private String continueTo;

  public String signIn() {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    AuthenticationStatus status =
        securityContext.authenticate(
            (HttpServletRequest) external.getRequest(),
            (HttpServletResponse) external.getResponse(),
            AuthenticationParameters.withParams()
                .newAuthentication(true)
                .credential(new UsernamePasswordCredential(login, password)));
    password = null;
    return switch (status) {
      case SUCCESS -> {
        String target = InAppPath.of(continueTo);
        if (target == null) {
          yield "/index?faces-redirect=true";
        }
        redirect(external, external.getRequestContextPath() + target);
        yield null;
      }
      case SEND_CONTINUE -> {
        faces.responseComplete();
        yield null;
      }
      default -> {
        Duration locked = throttle.failures().lockedFor(login);
        if (locked.isZero()) {
          Messages.error("login.failed");
        } else {
          Messages.error("login.locked", Math.max(1, locked.toMinutes()));
        }
        yield null;
      }
    };
  }

  private static void redirect(ExternalContext external, String url) {
    try {
      external.redirect(url);
    } catch (IOException clientGone) {
      throw new UncheckedIOException(clientGone);
    }
  }

  public String getContinueTo() {
    return continueTo;
  }

  public void setContinueTo(String continueTo) {
    this.continueTo = continueTo;
  }

  public String getLogin() {
    return login;
  }

  public void setLogin(String login) {
    this.login = login;
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }
}
