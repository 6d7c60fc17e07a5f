package org.tessera.crm.api.security;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import org.tessera.crm.security.boundary.ApiTokens;
import org.tessera.crm.security.entity.ApiToken;
import org.tessera.crm.shared.entity.Limits;

/**
 * The signed-in user's personal API tokens: send one as {@code Authorization: Bearer <token>}
 * instead of a password.
 */
@Path("users/me/api-tokens")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ApiTokensResource {

  /**
   * @param prefix the token's first characters, to tell it apart
   * @param token the token itself: only in the answer that made it
   */
  public record TokenView(
      long id,
      String name,
      String prefix,
      OffsetDateTime createdAt,
      OffsetDateTime lastUsedAt,
      String token) {
    static TokenView of(ApiToken token, String text) {
      return new TokenView(
          token.getId(),
          token.getName(),
          token.getPrefix(),
          token.getCreatedAt(),
          token.getLastUsedAt(),
          text);
    }
  }

  public record NewToken(@NotBlank @Size(max = Limits.NAME) String name) {}

  @EJB ApiTokens tokens;

  @GET
  public List<TokenView> mine() {
    return tokens.mine().stream().map(token -> TokenView.of(token, null)).toList();
  }

  @POST
  public Response issue(@NotNull @Valid NewToken request) {
    ApiToken.Issued issued = tokens.issue(request.name());
    return Response.status(Response.Status.CREATED)
        .entity(TokenView.of(issued.token(), issued.text()))
        .build();
  }

  @DELETE
  @Path("{id}")
  public void revoke(@PathParam("id") long id) {
    tokens.revoke(id);
  }
}
