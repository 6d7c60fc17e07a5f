package org.tessera.crm.item.boundary;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.tessera.crm.shared.entity.Limits;

/** The editable main fields of an item, as the user leaves them. */
public record ItemChanges(
    @NotBlank @Size(max = Limits.TITLE) String title,
    @DecimalMin("0") @Digits(integer = 17, fraction = 2) BigDecimal amount,
    @Pattern(regexp = Limits.CURRENCY_PATTERN) String currency,
    Long responsibleId) {}
