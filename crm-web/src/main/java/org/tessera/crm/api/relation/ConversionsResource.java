package org.tessera.crm.api.relation;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import org.tessera.crm.relation.boundary.Conversions;
import org.tessera.crm.relation.entity.Conversion;
import org.tessera.crm.shared.entity.Limits;

/**
 * Which types are created from which (admins allow more), and how fields are filled: {@code
 * mapping} is target field code to source field code.
 */
@Path("conversions")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ConversionsResource {

  /** A pair of types: items of the target type are created from items of the source type. */
  public record Pair(
      @NotNull @Pattern(regexp = Limits.CODE_PATTERN) String source,
      @NotNull @Pattern(regexp = Limits.CODE_PATTERN) String target) {}

  /** An allowed pair and the mapping used now. */
  public record ConversionView(
      String source, String target, boolean mappingEdited, Map<String, String> mapping) {}

  @EJB Conversions conversions;

  @GET
  public List<ConversionView> from(@NotNull @QueryParam("source") String source) {
    return conversions.from(source).stream().map(this::view).toList();
  }

  @POST
  public Response allow(@NotNull @Valid Pair pair) {
    return Response.status(Response.Status.CREATED)
        .entity(view(conversions.allow(pair.source(), pair.target())))
        .build();
  }

  @GET
  @Path("{source}/{target}/mapping")
  public Map<String, String> mapping(
      @PathParam("source") String source, @PathParam("target") String target) {
    return conversions.mapping(source, target);
  }

  @PUT
  @Path("{source}/{target}/mapping")
  public Map<String, String> remap(
      @PathParam("source") String source,
      @PathParam("target") String target,
      @NotNull Map<String, String> mapping) {
    return conversions.remap(source, target, mapping);
  }

  @DELETE
  @Path("{source}/{target}/mapping")
  public Map<String, String> resetMapping(
      @PathParam("source") String source, @PathParam("target") String target) {
    return conversions.resetMapping(source, target);
  }

  private ConversionView view(Conversion conversion) {
    String source = conversion.getSourceType().getCode();
    String target = conversion.getTargetType().getCode();
    return new ConversionView(
        source, target, conversion.isMappingEdited(), conversions.mapping(source, target));
  }
}
