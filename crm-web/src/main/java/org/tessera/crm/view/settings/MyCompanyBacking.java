package org.tessera.crm.view.settings;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tessera.crm.mycompany.boundary.MyCompanySettings;
import org.tessera.crm.mycompany.entity.MyCompany;
import org.tessera.crm.mycompany.entity.MyCompanyDetails;
import org.tessera.crm.view.Messages;

/** The "My company" settings page: our details, by their placeholder names. */
@Named
@ViewScoped
public class MyCompanyBacking implements Serializable {

  @Inject MyCompanySettings settings;

  private long version;
  private Map<String, String> values;

  @PostConstruct
  void read() {
    MyCompany company = settings.get();
    version = company.getVersion();
    values = new HashMap<>(company.placeholders());
  }

  public void save() {
    MyCompany saved = settings.change(version, details());
    version = saved.getVersion();
    Messages.info("myCompany.saved");
  }

  private MyCompanyDetails details() {
    return new MyCompanyDetails(
        values.get("Name"),
        values.get("Address"),
        values.get("Phone"),
        values.get("Email"),
        values.get("Website"),
        values.get("TaxId"),
        values.get("VatId"),
        values.get("Registration"),
        values.get("BankName"),
        values.get("Iban"),
        values.get("Bic"));
  }

  public List<String> getDetails() {
    return MyCompany.DETAILS;
  }

  public Map<String, String> getValues() {
    return values;
  }
}
