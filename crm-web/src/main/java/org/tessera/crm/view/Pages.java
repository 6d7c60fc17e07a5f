package org.tessera.crm.view;

import jakarta.faces.context.FacesContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Objects;
import java.util.Optional;
import org.tessera.crm.itemtype.boundary.ItemTypes;
import org.tessera.crm.itemtype.entity.ItemType;
import org.tessera.crm.shared.entity.UnknownEntity;

/** Answers a page request that names something that does not exist or may not be seen. */
public final class Pages {

  private Pages() {}

  /** The item type a page's parameter names, or nothing when there is none (answered 404). */
  public static Optional<ItemType> itemType(ItemTypes itemTypes, String code) {
    try {
      return Optional.of(itemTypes.byCode(Objects.requireNonNullElse(code, "")));
    } catch (UnknownEntity unknown) {
      notFound();
      return Optional.empty();
    }
  }

  public static void notFound() {
    refuse(404);
  }

  /** Answers a page about an item the reader's access roles keep from them. */
  public static void forbidden() {
    refuse(403);
  }

  private static void refuse(int status) {
    FacesContext faces = FacesContext.getCurrentInstance();
    try {
      faces.getExternalContext().responseSendError(status, null);
    } catch (IOException clientGone) {
      throw new UncheckedIOException(clientGone);
    }
    faces.responseComplete();
  }
}
