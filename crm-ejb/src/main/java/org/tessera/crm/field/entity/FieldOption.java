package org.tessera.crm.field.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import java.util.Locale;

/** One entry of a list field: a stable code and its label in each language. */
@Embeddable
public class FieldOption {

  private String code;

  @Column(name = "label_en")
  private String labelEn;

  @Column(name = "label_fr")
  private String labelFr;

  protected FieldOption() {}

  public FieldOption(String code, String labelEn, String labelFr) {
    this.code = code;
    this.labelEn = labelEn;
    this.labelFr = labelFr;
  }

  /** The label in the reader's language, as {@link Field#label(Locale)}. */
  public String label(Locale reader) {
    return isFrench(reader) ? labelFr : labelEn;
  }

  static boolean isFrench(Locale reader) {
    return "fr".equals(reader.getLanguage());
  }

  public String getCode() {
    return code;
  }

  public String getLabelEn() {
    return labelEn;
  }

  public String getLabelFr() {
    return labelFr;
  }
}
