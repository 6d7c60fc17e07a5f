package org.tessera.crm.product.boundary;

import jakarta.validation.constraints.DecimalMax;
import jakarta.validation.constraints.DecimalMin;
import jakarta.validation.constraints.Digits;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.math.BigDecimal;
import org.tessera.crm.shared.entity.Limits;

/** A product of the catalogue as an admin describes it. */
public record NewProduct(
    @NotBlank @Size(max = Limits.TITLE) String name,
    @NotNull @DecimalMin("0") @Digits(integer = 17, fraction = 2) BigDecimal price,
    @NotNull @Pattern(regexp = Limits.CURRENCY_PATTERN) String currency,
    @DecimalMin("0") @DecimalMax("100") BigDecimal taxRate,
    Boolean active) {}
