package org.tessera.crm.api.item;

import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.tessera.crm.item.boundary.ItemChanges;
import org.tessera.crm.shared.entity.Limits;

/**
 * An update of an item made against the version the client read: the main fields are replaced, the
 * fields named in {@code fields} are changed and the others keep their values.
 */
@Schema(
    description = "The item as the client wants it, at the version it read",
    example =
        "{\"title\": \"Fleet renewal, 14 vans\", \"amount\": 61000, \"currency\": \"EUR\","
            + " \"responsibleId\": 1050, \"fields\": {\"source\": \"fair\"}, \"version\": 3}")
public record ItemUpdate(
    @NotBlank @Size(max = Limits.TITLE) String title,
    @DecimalMin("0") @Digits(integer = 17, fraction = 2) BigDecimal amount,
    @Pattern(regexp = Limits.CURRENCY_PATTERN) String currency,
    Long responsibleId,
    Map<String, Object> fields,
    @NotNull Long version) {

  ItemChanges changes() {
    return new ItemChanges(title, amount, currency, responsibleId, fields);
  }
}
