package org.tessera.crm.api.file;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.validation.constraints.NotBlank;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.io.IOException;
import java.io.InputStream;
import org.tessera.crm.api.shared.Downloads;
import org.tessera.crm.file.boundary.StoredFiles;
import org.tessera.crm.file.entity.StoredFile;

/** Files for file fields: uploaded as the raw body, downloaded by id. */
@Path("files")
@ApplicationScoped
public class FilesResource {

  /** What an upload answers; the id is the value to put into a file field. */
  public record FileView(long id, String name, String contentType, long size) {
    static FileView of(StoredFile file) {
      return new FileView(file.getId(), file.getName(), file.getContentType(), file.getSize());
    }
  }

  @EJB StoredFiles files;

  /** {@code POST /files?name=offer.pdf} with the file as the body and its type as Content-Type. */
  @POST
  @Consumes(MediaType.WILDCARD)
  @Produces(MediaType.APPLICATION_JSON)
  public Response upload(
      @QueryParam("name") @NotBlank String name,
      @HeaderParam(HttpHeaders.CONTENT_TYPE) String contentType,
      InputStream body,
      @Context UriInfo uri)
      throws IOException {
    StoredFile file = files.upload(name, contentType, body);
    return Response.created(uri.getAbsolutePathBuilder().path(String.valueOf(file.getId())).build())
        .entity(FileView.of(file))
        .build();
  }

  @GET
  @Path("{id}")
  public Response download(@PathParam("id") long id) {
    return Downloads.of(files.download(id));
  }
}
