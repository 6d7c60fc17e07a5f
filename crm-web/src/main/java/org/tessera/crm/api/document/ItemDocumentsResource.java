package org.tessera.crm.api.document;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.time.OffsetDateTime;
import java.util.List;
import org.tessera.crm.api.shared.Downloads;
import org.tessera.crm.document.boundary.Documents;
import org.tessera.crm.document.entity.GeneratedDocument;

/**
 * The documents of an item: the templates to make them from, those made, a new one ({@code POST
 * {templateId}}), and each document's .docx ({@code GET /{documentId}/file}).
 */
@Path("items/{id}/documents")
@ApplicationScoped
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class ItemDocumentsResource {

  public record DocumentView(
      long id, long itemId, Long templateId, String number, long fileId, OffsetDateTime createdAt) {
    static DocumentView of(GeneratedDocument document) {
      return new DocumentView(
          document.getId(),
          document.getItemId(),
          document.getTemplateId(),
          document.getNumber(),
          document.getFileId(),
          document.getCreatedAt());
    }
  }

  public record TemplateChoice(long id, String name) {}

  public record NewDocument(@NotNull Long templateId) {}

  @EJB Documents documents;

  @GET
  public List<DocumentView> of(@PathParam("id") long itemId) {
    return documents.of(itemId).stream().map(DocumentView::of).toList();
  }

  @GET
  @Path("templates")
  public List<TemplateChoice> templates(@PathParam("id") long itemId) {
    return documents.templatesFor(itemId).stream()
        .map(template -> new TemplateChoice(template.getId(), template.getName()))
        .toList();
  }

  @POST
  public Response generate(@PathParam("id") long itemId, @NotNull @Valid NewDocument request) {
    return Response.status(Response.Status.CREATED)
        .entity(DocumentView.of(documents.generate(itemId, request.templateId())))
        .build();
  }

  @GET
  @Path("{document}/file")
  public Response file(@PathParam("id") long itemId, @PathParam("document") long documentId) {
    return Downloads.of(documents.fileOf(itemId, documentId));
  }

  /** The document as PDF, where LibreOffice is installed; else 422 {@code document.no-pdf}. */
  @GET
  @Path("{document}/pdf")
  public Response pdf(@PathParam("id") long itemId, @PathParam("document") long documentId) {
    String number = documents.fileOf(itemId, documentId).getName().replaceFirst("\\.docx$", "");
    byte[] pdf = documents.pdfOf(itemId, documentId);
    return Downloads.streamed(out -> out.write(pdf), "application/pdf", number + ".pdf");
  }
}
