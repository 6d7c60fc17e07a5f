package org.tessera.crm.view;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.ExceptionHandlerWrapper;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.ExceptionQueuedEvent;
import java.util.Iterator;
import java.util.MissingResourceException;
import org.tessera.crm.api.shared.Problem;
import org.tessera.crm.api.shared.Problems;

/**
 * Shows what the user can act on (a broken rule, a stale version, something gone, a refusal) as a
 * faces message on the same page; the REST API classifies the same failures, in {@link Problems},
 * so a rule reads the same on both. Rules with a text in the bundle ({@code rule.<code>}) are shown
 * in the reader's language. Anything else goes on to the default handling.
 */
public class UserErrorExceptionHandler extends ExceptionHandlerWrapper {

  public UserErrorExceptionHandler(ExceptionHandler wrapped) {
    super(wrapped);
  }

  @Override
  public void handle() {
    FacesContext faces = FacesContext.getCurrentInstance();
    Iterator<ExceptionQueuedEvent> events = getUnhandledExceptionQueuedEvents().iterator();
    while (events.hasNext()) {
      Problem problem = Problems.from(events.next().getContext().getException());
      if (problem.status() < 500) {
        events.remove();
        faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, text(problem), null));
        faces.validationFailed();
        faces.renderResponse();
      }
    }
    getWrapped().handle();
  }

  private static String text(Problem problem) {
    if (problem.rule() != null) {
      try {
        return Messages.text("rule." + problem.rule());
      } catch (MissingResourceException untranslated) {
        return problem.detail();
      }
    }
    return problem.detail();
  }

  /** Registered in faces-config.xml. */
  public static class Factory extends ExceptionHandlerFactory {

    public Factory(ExceptionHandlerFactory wrapped) {
      super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
      return new UserErrorExceptionHandler(getWrapped().getExceptionHandler());
    }
  }
}
