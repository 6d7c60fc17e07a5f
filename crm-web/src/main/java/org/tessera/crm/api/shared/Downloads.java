package org.tessera.crm.api.shared;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.StreamingOutput;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.tessera.crm.file.entity.StoredFile;

/** Files as downloads, under their own names. */
public final class Downloads {

  private static final String CONTENT_DISPOSITION = "Content-Disposition";

  private Downloads() {}

  public static Response of(StoredFile file) {
    return Response.ok(file.getContent(), file.getContentType())
        .header(CONTENT_DISPOSITION, attachment(file.getName()))
        .build();
  }

  /** Content written while it is sent, under this name. */
  public static Response streamed(StreamingOutput content, String contentType, String name) {
    return Response.ok(content, contentType).header(CONTENT_DISPOSITION, attachment(name)).build();
  }

  /** Any name, in the form browsers read whatever its characters. */
  private static String attachment(String name) {
    return "attachment; filename*=UTF-8''"
        + URLEncoder.encode(name, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
