package org.tessera.crm.webhook.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import java.net.URI;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HexFormat;
import java.util.Set;
import java.util.stream.Collectors;
import org.tessera.crm.item.boundary.ItemEvent;
import org.tessera.crm.shared.entity.BusinessRuleViolation;

/** A URL that is told of chosen item events, each delivery signed with the hook's secret. */
@Entity
@NamedQuery(name = Webhook.ALL, query = "select w from Webhook w order by w.id")
public class Webhook {

  public static final String ALL = "Webhook.all";
  public static final int MOST_URL = 2000;

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @SequenceGenerator(name = "webhook_seq", sequenceName = "webhook_seq", allocationSize = 50)
  @GeneratedValue(generator = "webhook_seq")
  private Long id;

  private String url;

  /** The event kinds, comma separated. */
  private String events;

  private String secret;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  protected Webhook() {}

  /**
   * @throws BusinessRuleViolation {@code webhook.url-invalid} for anything but an absolute http or
   *     https URL, {@code webhook.no-events} without events
   */
  public Webhook(String url, Set<ItemEvent.Kind> events, OffsetDateTime now) {
    this.url = checked(url);
    if (events.isEmpty()) {
      throw new BusinessRuleViolation("webhook.no-events", "A webhook needs at least one event");
    }
    this.events = events.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    byte[] bytes = new byte[32];
    RANDOM.nextBytes(bytes);
    this.secret = HexFormat.of().formatHex(bytes);
    this.createdAt = now;
  }

  private static String checked(String url) {
    try {
      URI uri = URI.create(url.strip());
      if (uri.getHost() == null
          || !("http".equals(uri.getScheme()) || "https".equals(uri.getScheme()))
          || url.length() > MOST_URL) {
        throw new IllegalArgumentException();
      }
      return uri.toString();
    } catch (IllegalArgumentException notAUrl) {
      throw new BusinessRuleViolation(
          "webhook.url-invalid", "A webhook needs an absolute http or https URL");
    }
  }

  public boolean listensTo(ItemEvent.Kind kind) {
    return getEvents().contains(kind);
  }

  public Long getId() {
    return id;
  }

  public String getUrl() {
    return url;
  }

  public Set<ItemEvent.Kind> getEvents() {
    Set<ItemEvent.Kind> kinds = EnumSet.noneOf(ItemEvent.Kind.class);
    Arrays.stream(events.split(",")).map(ItemEvent.Kind::valueOf).forEach(kinds::add);
    return kinds;
  }

  public String getSecret() {
    return secret;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }
}
