package org.tessera.crm.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;

/** The page texts of {@code org.tessera.crm.i18n.messages}, for beans that add faces messages. */
public final class Messages {

  private static final String BUNDLE = "org.tessera.crm.i18n.messages";

  private Messages() {}

  public static ResourceBundle bundle(Locale locale) {
    return ResourceBundle.getBundle(BUNDLE, locale);
  }

  /**
   * A text in the reader's language; one with arguments is a {@link MessageFormat} pattern (an
   * apostrophe written twice there), one without is taken as it is written.
   */
  public static String text(String key, Object... arguments) {
    FacesContext faces = FacesContext.getCurrentInstance();
    Locale locale = faces.getViewRoot().getLocale();
    return fill(bundle(locale).getString(key), locale, arguments);
  }

  /** A text with its arguments put in; without arguments it stays as written. */
  static String fill(String text, Locale locale, Object... arguments) {
    return arguments.length == 0 ? text : new MessageFormat(text, locale).format(arguments);
  }

  public static void error(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_ERROR, key, arguments);
  }

  public static void info(String key, Object... arguments) {
    add(FacesMessage.SEVERITY_INFO, key, arguments);
  }

  /** An information that survives the redirect after a successful form post. */
  public static void flash(String key, Object... arguments) {
    info(key, arguments);
    FacesContext.getCurrentInstance().getExternalContext().getFlash().setKeepMessages(true);
  }

  private static void add(FacesMessage.Severity severity, String key, Object... arguments) {
    FacesContext.getCurrentInstance()
        .addMessage(null, new FacesMessage(severity, text(key, arguments), null));
  }
}
