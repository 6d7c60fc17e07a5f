package org.tessera.crm.view.items;

import static java.util.concurrent.TimeUnit.MILLISECONDS;

import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedScheduledExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.faces.push.Push;
import jakarta.faces.push.PushContext;
import jakarta.inject.Inject;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.tessera.crm.item.boundary.ItemEvent;

/**
 * Tells the open boards (over Faces web sockets) which pipeline changed, once the change is
 * committed, so that they read their columns again: a card moved, created, deleted or commented on
 * elsewhere shows up without reloading the page.
 *
 * <p>The changes of one pipeline are gathered for {@link #GATHER_MILLIS} and told in one push: a
 * board reads all its columns anyway, and each push costs Mojarra a lookup of the JSON provider
 * through the class loader, which took a quarter of the server's time in a stage move under load.
 */
@ApplicationScoped
public class BoardPush {

  public static final String CHANNEL = "board";
  static final long GATHER_MILLIS = 200;

  @Inject
  @Push(channel = CHANNEL)
  PushContext boards;

  @Resource ManagedScheduledExecutorService scheduler;

  private final Set<Long> waiting = ConcurrentHashMap.newKeySet();

  void changed(@Observes(during = TransactionPhase.AFTER_SUCCESS) ItemEvent event) {
    if (event.item().getPipeline() == null) {
      return;
    }
    Long pipeline = event.item().getPipeline().getId();
    if (waiting.add(pipeline)) {
      scheduler.schedule(() -> tell(pipeline), GATHER_MILLIS, MILLISECONDS);
    }
  }

  private void tell(Long pipeline) {
    // Before sending: a change committed while sending is told by the next push.
    waiting.remove(pipeline);
    boards.send(pipeline);
  }
}
