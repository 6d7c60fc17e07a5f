package org.tessera.crm.document.control;

import org.tessera.crm.shared.entity.BusinessRuleViolation;

/** An uploaded template that is not a usable, safe Word document; the message is for the user. */
public class TemplateRejected extends BusinessRuleViolation {

  public TemplateRejected(String message) {
    super("document.template-rejected", message);
  }

  public TemplateRejected(String message, Throwable cause) {
    this(message);
    initCause(cause);
  }
}
