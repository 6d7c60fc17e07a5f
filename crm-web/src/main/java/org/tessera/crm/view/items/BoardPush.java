package org.tessera.crm.view.items;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import org.tessera.crm.item.boundary.ItemEvent;

/**
 * Tells the open boards (over Faces web sockets) which pipeline changed, once the change is
 * committed, so that they read their columns again: a card moved, created, deleted or commented on
 * elsewhere shows up without reloading the page.
 */
@ApplicationScoped
public class BoardPush {

  public static final String CHANNEL = "board";

  @Inject
  @Push(channel = CHANNEL)
  PushContext boards;

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ItemEvent event) {
    if (event.item().getPipeline() != null) {
      boards.send(event.item().getPipeline().getId());
    }
  }
}
