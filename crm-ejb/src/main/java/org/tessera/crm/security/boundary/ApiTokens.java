package org.tessera.crm.security.boundary;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.tessera.crm.security.entity.ApiToken;
import org.tessera.crm.security.entity.Roles;
import org.tessera.crm.shared.entity.Limits;
import org.tessera.crm.shared.entity.UnknownEntity;

/** Each user's personal API tokens: made, listed and revoked by the user, checked at sign-in. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.USER})
public class ApiTokens {

  /** A token's last use is written at most this often, not on every call. */
  private static final long USE_RECORDED_EVERY_MINUTES = 5;

  @PersistenceContext EntityManager em;
  @EJB Users users;

  /** A new token of the signed-in user; its text is in the answer and nowhere else. */
  public ApiToken.Issued issue(@NotBlank @Size(max = Limits.NAME) String name) {
    ApiToken.Issued issued = ApiToken.issue(users.current(), name.strip(), now());
    em.persist(issued.token());
    em.flush();
    return issued;
  }

  public List<ApiToken> mine() {
    return em.createNamedQuery(ApiToken.OF_USER, ApiToken.class)
        .setParameter("user", users.current())
        .getResultList();
  }

  /** Revokes one of the signed-in user's tokens; someone else's is not found. */
  public void revoke(long tokenId) {
    ApiToken token = em.find(ApiToken.class, tokenId);
    if (token == null || !token.getUser().getId().equals(users.current().getId())) {
      throw new UnknownEntity("API token", tokenId);
    }
    em.remove(token);
  }

  /** Whom a token signs in: the login and roles of its active holder. */
  public record Holder(String login, Set<String> roles) {}

  /** The active user a token belongs to, asked before anyone is signed in. */
  @PermitAll
  public Optional<Holder> holderOf(String text) {
    return em.createNamedQuery(ApiToken.BY_HASH, ApiToken.class)
        .setParameter("hash", ApiToken.hash(text))
        .getResultStream()
        .filter(token -> token.getUser().isActive())
        .peek(this::recordUse)
        .map(token -> new Holder(token.getUser().getLogin(), token.getUser().getRoles()))
        .findFirst();
  }

  private void recordUse(ApiToken token) {
    OffsetDateTime now = now();
    if (token.getLastUsedAt() == null
        || token.getLastUsedAt().isBefore(now.minusMinutes(USE_RECORDED_EVERY_MINUTES))) {
      token.usedAt(now);
    }
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC).truncatedTo(ChronoUnit.MICROS);
  }
}
