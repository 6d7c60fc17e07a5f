package org.tessera.crm.view.settings;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.tessera.crm.itemtype.boundary.ItemTypes;
import org.tessera.crm.itemtype.entity.ItemType;
import org.tessera.crm.view.Messages;

/** The item types, and the form an admin creates a custom type ("smart process") with. */
@Named
@RequestScoped
public class TypesBacking {

  @Inject ItemTypes itemTypes;

  private List<ItemType> types;
  private String code;
  private String name;
  private boolean hasStages = true;
  private boolean hasAmount = true;

  public List<ItemType> getTypes() {
    if (types == null) {
      types = itemTypes.all();
    }
    return types;
  }

  public String create() {
    ItemType type = itemTypes.createCustom(code, name, hasStages, hasAmount);
    Messages.flash("types.created", type.getName());
    return "/settings/types?faces-redirect=true";
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public boolean isHasStages() {
    return hasStages;
  }

  public void setHasStages(boolean hasStages) {
    this.hasStages = hasStages;
  }

  public boolean isHasAmount() {
    return hasAmount;
  }

  public void setHasAmount(boolean hasAmount) {
    this.hasAmount = hasAmount;
  }
}
