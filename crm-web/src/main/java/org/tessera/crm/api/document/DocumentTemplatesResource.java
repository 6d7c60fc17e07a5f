package org.tessera.crm.api.document;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.io.IOException;
import java.io.InputStream;
import java.util.Set;
import org.tessera.crm.document.boundary.Documents;
import org.tessera.crm.document.boundary.NewTemplate;
import org.tessera.crm.document.boundary.TemplateUpload;
import org.tessera.crm.document.control.DocxSafety;

/**
 * Word templates: {@code POST /document-templates?name=Quote&type=deal&numbering=Q-{year}-{seq}}
 * with the .docx as the body; the answer lists the placeholders found and flags unknown ones.
 */
@Path("document-templates")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
public class DocumentTemplatesResource {

  /** A stored template and its check. */
  public record TemplateView(
      long id,
      String name,
      long itemTypeId,
      Long pipelineId,
      String numbering,
      boolean active,
      Set<String> placeholders,
      Set<String> unknown,
      Set<String> outsideProductRow) {
    static TemplateView of(TemplateUpload upload) {
      return new TemplateView(
          upload.template().getId(),
          upload.template().getName(),
          upload.template().getItemTypeId(),
          upload.template().getPipelineId(),
          upload.template().getNumbering(),
          upload.template().isActive(),
          upload.report().found(),
          upload.report().unknown(),
          upload.report().outsideProductRow());
    }
  }

  @EJB Documents documents;

  @POST
  @Consumes(MediaType.WILDCARD)
  public Response upload(
      @QueryParam("name") String name,
      @QueryParam("type") String typeCode,
      @QueryParam("pipeline") Long pipelineId,
      @QueryParam("numbering") String numbering,
      InputStream body)
      throws IOException {
    // One byte over the limit is enough for the safety check to refuse the file.
    byte[] docx = body.readNBytes((int) DocxSafety.defaults().maxBytes() + 1);
    TemplateUpload upload =
        documents.addTemplate(new NewTemplate(name, typeCode, pipelineId, numbering), docx);
    return Response.status(Response.Status.CREATED).entity(TemplateView.of(upload)).build();
  }
}
