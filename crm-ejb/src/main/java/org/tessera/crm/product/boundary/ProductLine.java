package org.tessera.crm.product.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.tessera.crm.shared.entity.Limits;

/**
 * One product row as a user sends it: from the catalogue ({@code productId}; name, price and tax
 * rate default to the product's) or free text (name and price needed).
 */
public record ProductLine(
    Long productId,
    @Size(max = Limits.TITLE) String name,
    @DecimalMin("0") @Digits(integer = 17, fraction = 2) BigDecimal price,
    @NotNull @DecimalMin(value = "0", inclusive = false) @Digits(integer = 13, fraction = 3)
        BigDecimal quantity,
    @DecimalMin("0") @DecimalMax("100") BigDecimal discountPercent,
    @DecimalMin("0") @DecimalMax("100") BigDecimal taxRate) {}
