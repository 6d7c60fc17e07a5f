package org.tessera.crm.api.shared;

import jakarta.ws.rs.core.Response;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.tessera.crm.file.entity.StoredFile;

/** A stored file as a download, under its own name. */
public final class Downloads {

  private Downloads() {}

  public static Response of(StoredFile file) {
    return Response.ok(file.getContent(), file.getContentType())
        .header(
            "Content-Disposition",
            "attachment; filename*=UTF-8''"
                + URLEncoder.encode(file.getName(), StandardCharsets.UTF_8).replace("+", "%20"))
        .build();
  }
}
