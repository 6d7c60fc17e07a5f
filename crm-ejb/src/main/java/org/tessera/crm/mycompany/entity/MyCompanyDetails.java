package org.tessera.crm.mycompany.entity;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Our company's name, contact details, tax ids and bank account; only the name is required. */
public record MyCompanyDetails(
    @NotBlank @Size(max = 255) String name,
    @Size(max = 1000) String address,
    @Size(max = 40) String phone,
    @Email @Size(max = 254) String email,
    @Size(max = 255) String website,
    @Size(max = 60) String taxId,
    @Size(max = 60) String vatId,
    @Size(max = 120) String registration,
    @Size(max = 255) String bankName,
    @Pattern(regexp = "\\s*|[A-Za-z]{2}[0-9]{2}[A-Za-z0-9 ]{10,36}", message = "is not an IBAN")
        String iban,
    @Pattern(regexp = "\\s*|[A-Za-z0-9]{8}([A-Za-z0-9]{3})?", message = "is not a BIC")
        String bic) {}
