package org.tessera.crm.view.settings;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import org.tessera.crm.field.boundary.Fields;
import org.tessera.crm.field.boundary.NewField;
import org.tessera.crm.field.entity.FieldType;
import org.tessera.crm.itemtype.boundary.ItemTypes;
import org.tessera.crm.shared.entity.UnknownEntity;
import org.tessera.crm.view.LayoutBacking;
import org.tessera.crm.view.Messages;
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

  private String typeCode;
  private String typeLabel = "";
  private List<FieldRow> rows = new ArrayList<>();

  private String code;
  private String labelEn;
  private String labelFr;
  private FieldType dataType = FieldType.STRING;
  private boolean multiple;
  private boolean requiredEverywhere;
  private String entries;

  public void open() {
    try {
      typeLabel = layout.label(itemTypes.byCode(Objects.requireNonNullElse(typeCode, "")));
    } catch (UnknownEntity unknownType) {
      Pages.notFound();
      return;
    }
    reload();
  }

  public String create() {
    fields.create(
        new NewField(
            typeCode,
            code,
            dataType,
            labelEn,
            labelFr,
            multiple,
            dataType == FieldType.LIST ? options() : List.of(),
            requiredEverywhere,
            null));
    Messages.flash("fields.created", labelEn);
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

  public List<FieldType> getDataTypes() {
    return Arrays.asList(FieldType.values());
  }

  /** List entries are typed one per line as "code: label". */
  private List<NewField.Option> options() {
    return (entries == null ? "" : entries)
        .lines()
        .map(String::strip)
        .filter(line -> !line.isEmpty())
        .map(
            line -> {
              int colon = line.indexOf(':');
              String entryCode = colon < 0 ? line : line.substring(0, colon).strip();
              String label = colon < 0 ? line : line.substring(colon + 1).strip();
              return new NewField.Option(entryCode, label, label);
            })
        .toList();
  }

  private void reload() {
    rows =
        fields.ofType(typeCode).stream().map(f -> FieldRow.of(f, userLocale.getLocale())).toList();
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

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getLabelEn() {
    return labelEn;
  }

  public void setLabelEn(String labelEn) {
    this.labelEn = labelEn;
  }

  public String getLabelFr() {
    return labelFr;
  }

  public void setLabelFr(String labelFr) {
    this.labelFr = labelFr;
  }

  public FieldType getDataType() {
    return dataType;
  }

  public void setDataType(FieldType dataType) {
    this.dataType = dataType;
  }

  public boolean isMultiple() {
    return multiple;
  }

  public void setMultiple(boolean multiple) {
    this.multiple = multiple;
  }

  public boolean isRequiredEverywhere() {
    return requiredEverywhere;
  }

  public void setRequiredEverywhere(boolean requiredEverywhere) {
    this.requiredEverywhere = requiredEverywhere;
  }

  public String getEntries() {
    return entries;
  }

  public void setEntries(String entries) {
    this.entries = entries;
  }
}
