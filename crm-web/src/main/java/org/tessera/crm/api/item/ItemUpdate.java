package org.tessera.crm.api.item;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.tessera.crm.item.boundary.ItemChanges;
import org.tessera.crm.shared.entity.Limits;

/** A full update of an item's main fields, made against the version the client read. */
public record ItemUpdate(
    @NotBlank @Size(max = Limits.TITLE) String title,
    @DecimalMin("0") @Digits(integer = 17, fraction = 2) BigDecimal amount,
    @Pattern(regexp = Limits.CURRENCY_PATTERN) String currency,
    Long responsibleId,
    @NotNull Long version) {

  ItemChanges changes() {
    return new ItemChanges(title, amount, currency, responsibleId);
  }
}
