package org.tessera.crm.view;

import jakarta.enterprise.context.SessionScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Locale;
import java.util.Set;

/** The language the signed-in person reads the CRM in: the browser's until they pick one. */
@Named
@SessionScoped
public class UserLocale implements Serializable {

  private static final Set<String> SUPPORTED = Set.of("en", "fr");
  private static final String FALLBACK = "en";

  private String language;

  public String getLanguage() {
    if (language == null) {
      String browser =
          FacesContext.getCurrentInstance().getExternalContext().getRequestLocale().getLanguage();
      language = SUPPORTED.contains(browser) ? browser : FALLBACK;
    }
    return language;
  }

  public void setLanguage(String language) {
    if (SUPPORTED.contains(language)) {
      this.language = language;
    }
  }

  public Locale getLocale() {
    return Locale.forLanguageTag(getLanguage());
  }

  /** Switches the language and shows the same page again, with its parameters, in it. */
  public String switchTo(String newLanguage) {
    setLanguage(newLanguage);
    return FacesContext.getCurrentInstance().getViewRoot().getViewId()
        + "?faces-redirect=true&includeViewParams=true";
  }
}
