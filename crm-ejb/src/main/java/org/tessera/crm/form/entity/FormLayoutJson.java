package org.tessera.crm.form.entity;

import jakarta.json.bind.Jsonb;
import jakarta.json.bind.JsonbBuilder;
import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Keeps a layout as one JSON document (see docs/adr/0003). */
@Converter
public class FormLayoutJson implements AttributeConverter<FormLayout, String> {

  private static final Jsonb JSON = JsonbBuilder.create();

  @Override
  public String convertToDatabaseColumn(FormLayout layout) {
    return JSON.toJson(layout);
  }

  @Override
  public FormLayout convertToEntityAttribute(String json) {
    return JSON.fromJson(json, FormLayout.class);
  }
}
