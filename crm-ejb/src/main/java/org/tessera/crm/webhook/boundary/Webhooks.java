package org.tessera.crm.webhook.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.constraints.NotNull;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.tessera.crm.audit.boundary.AuditLogged;
import org.tessera.crm.item.boundary.ItemEvent;
import org.tessera.crm.security.entity.Roles;
import org.tessera.crm.shared.boundary.SettingsVersion;
import org.tessera.crm.shared.entity.PageOf;
import org.tessera.crm.shared.entity.PageRequest;
import org.tessera.crm.shared.entity.UnknownEntity;
import org.tessera.crm.webhook.entity.Webhook;
import org.tessera.crm.webhook.entity.WebhookDelivery;

/** The webhooks an admin registers, and their delivery log. */
@Stateless
@RolesAllowed(Roles.ADMIN)
public class Webhooks {

  @PersistenceContext EntityManager em;
  @EJB WebhookClock clock;
  @Inject SettingsVersion settingsVersion;

  public List<Webhook> all() {
    return em.createNamedQuery(Webhook.ALL, Webhook.class).getResultList();
  }

  @AuditLogged
  public Webhook register(@NotNull String url, @NotNull Set<ItemEvent.Kind> events) {
    settingsVersion.changing();
    Webhook hook = new Webhook(url, events, OffsetDateTime.now(ZoneOffset.UTC));
    em.persist(hook);
    em.flush();
    return hook;
  }

  @AuditLogged
  public void remove(long webhookId) {
    settingsVersion.changing();
    em.remove(find(webhookId));
  }

  /** The deliveries of a webhook, newest first. */
  public PageOf<WebhookDelivery> deliveries(long webhookId, PageRequest page) {
    find(webhookId);
    return PageOf.read(
        em.createNamedQuery(WebhookDelivery.OF_HOOK, WebhookDelivery.class)
            .setParameter("hook", webhookId),
        em.createNamedQuery(WebhookDelivery.COUNT_OF_HOOK, Long.class)
            .setParameter("hook", webhookId),
        page);
  }

  /** For operations: sends the due deliveries now rather than at the next tick. */
  public int deliverDueNow() {
    return clock.deliverDue();
  }

  private Webhook find(long webhookId) {
    Webhook hook = em.find(Webhook.class, webhookId);
    if (hook == null) {
      throw new UnknownEntity("Webhook", webhookId);
    }
    return hook;
  }
}
