package org.tessera.crm.item.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tessera.crm.shared.entity.Limits;

/**
 * What it takes to create an item. Without a pipeline, an item of a type with stages goes to the
 * type's first pipeline, and without a stage to its initial stage (the board's quick-create names
 * one); {@code fields} holds values of the type's fields by code.
 */
@Schema(
    description = "A new item",
    example =
        "{\"typeCode\": \"deal\", \"title\": \"Fleet renewal, 12 vans\", \"amount\": 54000,"
            + " \"currency\": \"EUR\", \"fields\": {\"source\": \"web\"}}")
public record NewItem(
    @Schema(example = "deal") @NotNull @Pattern(regexp = Limits.CODE_PATTERN) String typeCode,
    Long pipelineId,
    Long stageId,
    @Schema(example = "Fleet renewal, 12 vans") @NotBlank @Size(max = Limits.TITLE) String title,
    @Schema(example = "54000") @DecimalMin("0") @Digits(integer = 17, fraction = 2)
        BigDecimal amount,
    @Schema(example = "EUR") @Pattern(regexp = Limits.CURRENCY_PATTERN) String currency,
    Long responsibleId,
    Map<String, Object> fields) {}
