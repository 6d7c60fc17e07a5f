package org.tessera.crm.item.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.tessera.crm.shared.entity.Limits;

/**
 * The main fields of an item as the user leaves them, and the values of other fields to change (by
 * code; fields not named keep their values).
 */
public record ItemChanges(
    @NotBlank @Size(max = Limits.TITLE) String title,
    @DecimalMin("0") @Digits(integer = 17, fraction = 2) BigDecimal amount,
    @Pattern(regexp = Limits.CURRENCY_PATTERN) String currency,
    Long responsibleId,
    Map<String, Object> fields) {}
