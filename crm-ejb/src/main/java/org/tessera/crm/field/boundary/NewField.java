package org.tessera.crm.field.boundary;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import java.util.Set;
import org.tessera.crm.field.entity.FieldType;
import org.tessera.crm.shared.entity.Limits;

/**
 * A custom field an admin adds to an item type.
 *
 * @param defaultValue what new items get when created without a value, written like a value
 */
public record NewField(
    @NotNull @Pattern(regexp = Limits.CODE_PATTERN) String type,
    @NotNull @Pattern(regexp = Limits.CODE_PATTERN) String code,
    @NotNull FieldType dataType,
    @NotBlank @Size(max = Limits.NAME) String labelEn,
    @Size(max = Limits.NAME) String labelFr,
    boolean multiple,
    List<@Valid Option> options,
    boolean requiredEverywhere,
    Set<Long> requiredStageIds,
    Object defaultValue) {

  /** An entry of a list field. */
  public record Option(
      @NotNull @Pattern(regexp = Limits.CODE_PATTERN) String code,
      @NotBlank @Size(max = Limits.NAME) String labelEn,
      @Size(max = Limits.NAME) String labelFr) {}
}
