package org.tessera.crm.view;

import jakarta.enterprise.context.Dependent;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import org.tessera.crm.field.boundary.NewField;
import org.tessera.crm.field.entity.FieldType;

/** What an admin types to create a custom field, on the field settings page and on the card. */
@Dependent
public class NewFieldForm implements Serializable {

  private String code;
  private String labelEn;
  private String labelFr;
  private FieldType dataType = FieldType.STRING;
  private boolean multiple;
  private boolean requiredEverywhere;
  private String entries;
  private String defaultValue;

  public NewField request(String typeCode) {
    return new NewField(
        typeCode,
        code,
        dataType,
        labelEn,
        labelFr,
        multiple,
        dataType == FieldType.LIST ? options() : List.of(),
        requiredEverywhere,
        null,
        defaultValue());
  }

  /** Empties the form for the next field. */
  public void clear() {
    code = null;
    labelEn = null;
    labelFr = null;
    dataType = FieldType.STRING;
    multiple = false;
    requiredEverywhere = false;
    entries = null;
    defaultValue = null;
  }

  public List<FieldType> getDataTypes() {
    return Arrays.asList(FieldType.values());
  }

  private Object defaultValue() {
    if (defaultValue == null || defaultValue.isBlank()) {
      return null;
    }
    return multiple
        ? TypedText.several(dataType, defaultValue)
        : TypedText.one(dataType, defaultValue.strip());
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

  public String getDefaultValue() {
    return defaultValue;
  }

  public void setDefaultValue(String defaultValue) {
    this.defaultValue = defaultValue;
  }

  public String getEntries() {
    return entries;
  }

  public void setEntries(String entries) {
    this.entries = entries;
  }
}
