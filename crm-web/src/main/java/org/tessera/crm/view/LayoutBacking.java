package org.tessera.crm.view;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.tessera.crm.field.entity.Field;
import org.tessera.crm.itemtype.boundary.ItemTypes;
import org.tessera.crm.itemtype.entity.ItemType;
import org.tessera.crm.security.boundary.Users;

/** What every page's frame shows: the item types to navigate to and the signed-in user. */
@Named("layout")
@RequestScoped
public class LayoutBacking {

  @Inject ItemTypes itemTypes;
  @Inject Users users;
  @Inject UserLocale userLocale;

  private List<ItemType> types;

  public List<ItemType> getItemTypes() {
    if (types == null) {
      types = itemTypes.all();
    }
    return types;
  }

  /** System types are named in the reader's language; custom types by the name their admin gave. */
  public String label(ItemType type) {
    ResourceBundle messages = Messages.bundle(userLocale.getLocale());
    try {
      return type.isSystem() ? messages.getString("type." + type.getCode()) : type.getName();
    } catch (MissingResourceException untranslated) {
      return type.getName();
    }
  }

  /** A field's label in the reader's language. */
  public String fieldLabel(Field field) {
    return field.label(userLocale.getLocale());
  }

  public String getUserName() {
    return users.current().getFullName();
  }

  public String signOut() throws ServletException {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    return "/login?faces-redirect=true";
  }
}
