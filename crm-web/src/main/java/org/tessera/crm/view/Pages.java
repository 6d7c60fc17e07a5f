package org.tessera.crm.view;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;

/** Answers a page request that names something that does not exist. */
public final class Pages {

  private Pages() {}

  public static void notFound() {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(404, null);
    } catch (IOException clientGone) {
      throw new UncheckedIOException(clientGone);
    }
    faces.responseComplete();
  }
}
