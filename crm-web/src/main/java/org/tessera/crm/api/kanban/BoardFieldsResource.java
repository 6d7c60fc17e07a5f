package org.tessera.crm.api.kanban;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.tessera.crm.api.field.FieldView;
import org.tessera.crm.field.entity.Field;
import org.tessera.crm.kanban.boundary.BoardFields;

/**
 * The fields the board shows for a type: on the signed-in user's cards (M25) and in the quick
 * create form of a column (M24).
 */
@Path("item-types/{type}/board")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class BoardFieldsResource {

  /** Field codes in the order they are shown. */
  public record Choice(@NotNull List<String> fields) {}

  @EJB BoardFields boardFields;

  @GET
  @Path("card-fields")
  public List<FieldView> onCards(@PathParam("type") String typeCode) {
    return views(boardFields.onCards(typeCode));
  }

  @PUT
  @Path("card-fields")
  public List<FieldView> showOnMyCards(
      @PathParam("type") String typeCode, @NotNull @Valid Choice choice) {
    return views(boardFields.showOnMyCards(typeCode, choice.fields()));
  }

  @PUT
  @Path("card-fields/for-everyone")
  public List<FieldView> showOnCardsOfEveryone(
      @PathParam("type") String typeCode, @NotNull @Valid Choice choice) {
    return views(boardFields.showOnCardsOfEveryone(typeCode, choice.fields()));
  }

  @DELETE
  @Path("card-fields")
  public List<FieldView> resetMyCards(@PathParam("type") String typeCode) {
    return views(boardFields.resetMyCards(typeCode));
  }

  /** The form of a column; with {@code stage}, also the fields that stage requires. */
  @GET
  @Path("quick-create-fields")
  public List<FieldView> inQuickCreate(
      @PathParam("type") String typeCode, @QueryParam("stage") Long stageId) {
    return views(boardFields.inQuickCreate(typeCode, stageId));
  }

  @PUT
  @Path("quick-create-fields")
  public List<FieldView> chooseForQuickCreate(
      @PathParam("type") String typeCode, @NotNull @Valid Choice choice) {
    return views(boardFields.chooseForQuickCreate(typeCode, choice.fields()));
  }

  private static List<FieldView> views(List<Field> fields) {
    return fields.stream().map(FieldView::of).toList();
  }
}
