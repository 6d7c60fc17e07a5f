package org.tessera.crm.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.security.enterprise.credential.Credential;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.security.enterprise.identitystore.CredentialValidationResult;
import jakarta.security.enterprise.identitystore.IdentityStoreHandler;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Set;
import org.tessera.crm.security.boundary.ApiTokens;

/**
 * One mechanism for both audiences, since Jakarta Security 3 allows only one per application:
 * people sign in on the login page and keep a session; API clients send HTTP Basic credentials with
 * each call, or a personal API token as a Bearer token, and get a JSON problem, not a login page,
 * when they are refused.
 *
 * <p>The session keeps the caller's name and groups itself, and every request hands them to the
 * container again. {@code @AutoApplySession} left that to Payara, which under load loses the groups
 * of some requests and answers them 403 (payara/Payara#6145). A Basic sign-in starts a session too,
 * as it did then; an API token does not, so that revoking it takes effect at once.
 */
@ApplicationScoped
public class CrmAuthenticationMechanism implements HttpAuthenticationMechanism {

  /** The caller a session was signed in as. */
  record SignedIn(String name, Set<String> groups) implements Serializable {
    private static final long serialVersionUID = 1L;
  }

  static final String LOGIN_PAGE = "/login.xhtml";
  private static final String SIGNED_IN = SignedIn.class.getName();
  private static final String API_PATH = "/api/";
  private static final String BASIC = "Basic ";
  private static final String BEARER = "Bearer ";

  @Inject IdentityStoreHandler identityStore;
  @Inject SignInThrottle throttle;
  @Inject ApiTokens apiTokens;

  @Override
  public AuthenticationStatus validateRequest(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    Credential fromLoginPage = context.getAuthParameters().getCredential();
    if (fromLoginPage != null) {
      CredentialValidationResult result = validate((UsernamePasswordCredential) fromLoginPage);
      return result.getStatus() == CredentialValidationResult.Status.VALID
          ? startSession(request, context, result)
          : AuthenticationStatus.SEND_FAILURE;
    }
    SignedIn kept = signedIn(request);
    if (kept != null) {
      return context.notifyContainerAboutLogin(kept.name(), kept.groups());
    }
    String authorization = request.getHeader("Authorization");
    if (authorization != null && authorization.startsWith(BASIC)) {
      UsernamePasswordCredential credential = basic(authorization);
      Duration locked = throttle.failures().lockedFor(credential.getCaller());
      if (!locked.isZero()) {
        return problem(response, 429, "Too Many Requests", lockedText(locked));
      }
      CredentialValidationResult result = validate(credential);
      return result.getStatus() == CredentialValidationResult.Status.VALID
          ? startSession(request, context, result)
          : unauthorized(response, "The login or password is wrong");
    }
    if (authorization != null && authorization.startsWith(BEARER)) {
      return apiTokens
          .holderOf(authorization.substring(BEARER.length()).strip())
          .map(holder -> context.notifyContainerAboutLogin(holder.login(), holder.roles()))
          .orElseGet(() -> unauthorized(response, "The API token is unknown or revoked"));
    }
    if (!context.isProtected()) {
      return context.doNothing();
    }
    if (isApi(request)) {
      return unauthorized(
          response, "Sign in with HTTP Basic credentials or a personal API token (Bearer)");
    }
    return context.redirect(request.getContextPath() + LOGIN_PAGE + continuation(request));
  }

  @Override
  public void cleanSubject(
      HttpServletRequest request, HttpServletResponse response, HttpMessageContext context) {
    HttpSession session = request.getSession(false);
    if (session != null) {
      session.removeAttribute(SIGNED_IN);
    }
    HttpAuthenticationMechanism.super.cleanSubject(request, response, context);
  }

  /**
   * Keeps the caller in the session, under a new session id if there was one already (so that an id
   * planted before the sign-in is worth nothing after it), and tells the container.
   */
  private static AuthenticationStatus startSession(
      HttpServletRequest request, HttpMessageContext context, CredentialValidationResult result) {
    if (request.getSession(false) != null) {
      request.changeSessionId();
    }
    SignedIn caller =
        new SignedIn(result.getCallerPrincipal().getName(), Set.copyOf(result.getCallerGroups()));
    request.getSession(true).setAttribute(SIGNED_IN, caller);
    return context.notifyContainerAboutLogin(caller.name(), caller.groups());
  }

  private static SignedIn signedIn(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    return session == null ? null : (SignedIn) session.getAttribute(SIGNED_IN);
  }

  /** Checks the credential unless its login is locked; counts failures and clears them. */
  private CredentialValidationResult validate(UsernamePasswordCredential credential) {
    SignInFailures failures = throttle.failures();
    if (!failures.lockedFor(credential.getCaller()).isZero()) {
      return CredentialValidationResult.INVALID_RESULT;
    }
    CredentialValidationResult result = identityStore.validate(credential);
    if (result.getStatus() == CredentialValidationResult.Status.VALID) {
      failures.succeeded(credential.getCaller());
    } else {
      failures.failed(credential.getCaller());
    }
    return result;
  }

  private static String lockedText(Duration locked) {
    return "Too many failed sign-ins for this login; try again in "
        + Math.max(1, locked.toMinutes())
        + " minutes";
  }

  /** Where to go back to after signing in: the page that was asked for, when it was a GET. */
  private static String continuation(HttpServletRequest request) {
    if (!"GET".equals(request.getMethod())) {
      return "";
    }
    String page =
        request
            .getRequestURI()
            .substring(request.getContextPath().length())
            .replaceFirst("^/+", "/");
    String query = request.getQueryString();
    return "?continue="
        + URLEncoder.encode(query == null ? page : page + "?" + query, StandardCharsets.UTF_8);
  }

  private static boolean isApi(HttpServletRequest request) {
    return request.getRequestURI().startsWith(request.getContextPath() + API_PATH);
  }

  private static UsernamePasswordCredential basic(String authorization) {
    String decoded;
    try {
      decoded =
          new String(
              Base64.getDecoder().decode(authorization.substring(BASIC.length()).trim()),
              StandardCharsets.UTF_8);
    } catch (IllegalArgumentException notBase64) {
      decoded = "";
    }
    int colon = decoded.indexOf(':');
    return colon < 0
        ? new UsernamePasswordCredential(decoded, "")
        : new UsernamePasswordCredential(decoded.substring(0, colon), decoded.substring(colon + 1));
  }

  private static AuthenticationStatus unauthorized(HttpServletResponse response, String detail) {
    response.setHeader("WWW-Authenticate", "Basic realm=\"tessera-crm\"");
    return problem(response, HttpServletResponse.SC_UNAUTHORIZED, "Unauthorized", detail);
  }

  private static AuthenticationStatus problem(
      HttpServletResponse response, int status, String title, String detail) {
    response.setStatus(status);
    response.setContentType("application/problem+json");
    response.setCharacterEncoding("UTF-8");
    try {
      response
          .getWriter()
          .write(
              "{\"type\":\"about:blank\",\"title\":\""
                  + title
                  + "\",\"status\":"
                  + status
                  + ",\"detail\":\""
                  + detail
                  + "\"}");
    } catch (IOException clientGone) {
      // Nothing to tell a client that has hung up.
    }
    return AuthenticationStatus.SEND_FAILURE;
  }
}
