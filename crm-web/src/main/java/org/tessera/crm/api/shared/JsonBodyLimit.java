package org.tessera.crm.api.shared;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.Provider;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Refuses JSON bodies larger than {@code crm.api.max-json-bytes} (1 MiB by default) with 413,
 * before they are read: by their declared length, or while they are read when they come in chunks.
 * Files have a limit of their own where they are stored.
 */
@Provider
@PreMatching
public class JsonBodyLimit implements ContainerRequestFilter {

  private final long maxBytes =
      ConfigProvider.getConfig()
          .getOptionalValue("crm.api.max-json-bytes", Long.class)
          .orElse(1_048_576L);

  @Override
  public void filter(ContainerRequestContext request) {
    MediaType type = request.getMediaType();
    if (type == null || !type.getSubtype().endsWith("json")) {
      return;
    }
    if (request.getLength() > maxBytes) {
      throw tooLarge();
    }
    request.setEntityStream(new Limited(request.getEntityStream(), maxBytes));
  }

  private WebApplicationException tooLarge() {
    return new WebApplicationException(
        "The request body is larger than " + maxBytes + " bytes",
        Response.Status.REQUEST_ENTITY_TOO_LARGE);
  }

  /** Fails the read that goes past the limit. */
  private final class Limited extends FilterInputStream {
    private long left;

    Limited(InputStream in, long limit) {
      super(in);
      this.left = limit;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int read = super.read(buffer, offset, length);
      count(Math.max(read, 0));
      return read;
    }

    private void count(int read) {
      left -= read;
      if (left < 0) {
        throw tooLarge();
      }
    }
  }
}
