package org.tessera.crm.view.settings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.tessera.crm.field.boundary.Fields;
import org.tessera.crm.itemtype.boundary.ItemTypes;
import org.tessera.crm.view.LayoutBacking;
import org.tessera.crm.view.Messages;
import org.tessera.crm.view.NewFieldForm;
import org.tessera.crm.view.Pages;
import org.tessera.crm.view.UserLocale;

/** The fields of one item type: system ones to look at, custom ones to create and delete. */
@Named
@ViewScoped
public class FieldsBacking implements Serializable {

  @Inject ItemTypes itemTypes;
  @Inject Fields fields;
  @Inject LayoutBacking layout;
  @Inject UserLocale userLocale;
  @Inject NewFieldForm newField;

  private String typeCode;
  private String typeLabel = "";
  private List<FieldRow> rows = new ArrayList<>();

  public void open() {
    Pages.itemType(itemTypes, typeCode)
        .ifPresent(
            type -> {
              typeLabel = layout.label(type);
              reload();
            });
  }

  public String create() {
    fields.create(newField.request(typeCode));
    Messages.flash("fields.created", newField.getLabelEn());
    return "/settings/fields?faces-redirect=true&type=" + typeCode;
  }

  public void delete(FieldRow row) {
    try {
      fields.delete(row.id());
      Messages.info("fields.deleted", row.label());
    } finally {
      reload();
    }
  }

  private void reload() {
    rows =
        fields.ofType(typeCode).stream().map(f -> FieldRow.of(f, userLocale.getLocale())).toList();
  }

  public NewFieldForm getNewField() {
    return newField;
  }

  public String getTypeCode() {
    return typeCode;
  }

  public void setTypeCode(String typeCode) {
    this.typeCode = typeCode;
  }

  public String getTypeLabel() {
    return typeLabel;
  }

  public List<FieldRow> getRows() {
    return rows;
  }
}
