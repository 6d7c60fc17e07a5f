package org.tessera.crm.mycompany.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The company that uses the CRM: one row, its details filling {@code {MyCompany.*}}. */
@Entity
@Table(name = "my_company")
public class MyCompany {

  public static final long THE_ONE = 1;

  /** The placeholder names of the details, e.g. {@code {MyCompany.Iban}}. */
  public static final List<String> DETAILS = List.copyOf(new MyCompany().placeholders().keySet());

  @Id private Long id;

  private String name;
  private String address;
  private String phone;
  private String email;
  private String website;

  @Column(name = "tax_id")
  private String taxId;

  @Column(name = "vat_id")
  private String vatId;

  private String registration;

  @Column(name = "bank_name")
  private String bankName;

  private String iban;
  private String bic;

  @Version private long version;

  protected MyCompany() {}

  public void describe(MyCompanyDetails details) {
    name = details.name().strip();
    address = blankAsNull(details.address());
    phone = blankAsNull(details.phone());
    email = blankAsNull(details.email());
    website = blankAsNull(details.website());
    taxId = blankAsNull(details.taxId());
    vatId = blankAsNull(details.vatId());
    registration = blankAsNull(details.registration());
    bankName = blankAsNull(details.bankName());
    iban = blankAsNull(details.iban());
    bic = blankAsNull(details.bic());
  }

  public MyCompanyDetails details() {
    return new MyCompanyDetails(
        name, address, phone, email, website, taxId, vatId, registration, bankName, iban, bic);
  }

  /** The details by placeholder name, missing ones empty. */
  public Map<String, String> placeholders() {
    Map<String, String> placeholders = new LinkedHashMap<>();
    placeholders.put("Name", orEmpty(name));
    placeholders.put("Address", orEmpty(address));
    placeholders.put("Phone", orEmpty(phone));
    placeholders.put("Email", orEmpty(email));
    placeholders.put("Website", orEmpty(website));
    placeholders.put("TaxId", orEmpty(taxId));
    placeholders.put("VatId", orEmpty(vatId));
    placeholders.put("Registration", orEmpty(registration));
    placeholders.put("BankName", orEmpty(bankName));
    placeholders.put("Iban", orEmpty(iban));
    placeholders.put("Bic", orEmpty(bic));
    return placeholders;
  }

  private static String orEmpty(String text) {
    return text == null ? "" : text;
  }

  private static String blankAsNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }

  public long getVersion() {
    return version;
  }
}
