package org.tessera.crm.communication.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tessera.crm.shared.entity.BusinessRuleViolation;

/**
 * How the CRM reaches clients, from MicroProfile Config ({@code crm.mail.*}, {@code
 * crm.sms.gateway.*}, {@code crm.messenger.*}). A gateway or messenger that is not configured, or
 * configured wrongly, is missing, and says why, instead of failing the application.
 */
@ApplicationScoped
public class CommunicationSettings {

  private static final System.Logger LOG = System.getLogger(CommunicationSettings.class.getName());

  @Inject
  @ConfigProperty(name = "crm.mail.smtp.host", defaultValue = "127.0.0.1")
  String smtpHost;

  @Inject
  @ConfigProperty(name = "crm.mail.smtp.port", defaultValue = "25")
  int smtpPort;

  @Inject
  @ConfigProperty(name = "crm.mail.smtp.user")
  Optional<String> smtpUser;

  @Inject
  @ConfigProperty(name = "crm.mail.smtp.password")
  Optional<String> smtpPassword;

  @Inject
  @ConfigProperty(name = "crm.mail.smtp.starttls", defaultValue = "false")
  boolean startTls;

  @Inject
  @ConfigProperty(name = "crm.mail.from", defaultValue = "crm@localhost")
  String from;

  @Inject
  @ConfigProperty(name = "crm.mail.imap.host", defaultValue = "127.0.0.1")
  String imapHost;

  @Inject
  @ConfigProperty(name = "crm.mail.imap.port", defaultValue = "143")
  int imapPort;

  @Inject
  @ConfigProperty(name = "crm.mail.imap.user")
  Optional<String> imapUser;

  @Inject
  @ConfigProperty(name = "crm.mail.imap.password")
  Optional<String> imapPassword;

  @Inject
  @ConfigProperty(name = "crm.mail.imap.ssl", defaultValue = "false")
  boolean imapSsl;

  @Inject
  @ConfigProperty(name = "crm.mail.imap.folder", defaultValue = MailSettings.INBOX)
  String folder;

  @Inject
  @ConfigProperty(name = "crm.mail.imap.poll", defaultValue = "false")
  boolean pollsMailbox;

  @Inject
  @ConfigProperty(name = "crm.mail.unknown-senders-create-leads", defaultValue = "true")
  boolean unknownSendersCreateLeads;

  @Inject
  @ConfigProperty(name = "crm.sms.gateway.url-template")
  Optional<String> gatewayUrlTemplate;

  @Inject
  @ConfigProperty(name = "crm.sms.gateway.token")
  Optional<String> gatewayToken;

  @Inject
  @ConfigProperty(name = "crm.sms.gateway.timeout-ms", defaultValue = "10000")
  long gatewayTimeoutMillis;

  @Inject
  @ConfigProperty(name = "crm.messenger.base-url")
  Optional<String> messengerBaseUrl;

  @Inject
  @ConfigProperty(name = "crm.messenger.secret")
  Optional<String> messengerSecret;

  private Configured<MessageGateway> gateway;
  private Configured<MessengerInvitation> messenger;

  @PostConstruct
  void build() {
    gateway =
        Configured.of(
            "message gateway",
            gatewayUrlTemplate.isPresent(),
            "crm.sms.gateway.url-template is not set",
            () ->
                new HttpMessageGateway(
                    new GatewaySettings(
                        gatewayUrlTemplate.get(),
                        gatewayToken.orElse(null),
                        Duration.ofMillis(gatewayTimeoutMillis))));
    messenger =
        Configured.of(
            "messenger",
            messengerBaseUrl.isPresent() && messengerSecret.isPresent(),
            "crm.messenger.base-url and crm.messenger.secret must both be set",
            () -> new MessengerInvitation(messengerBaseUrl.get(), messengerSecret.get()));
  }

  /** Read anew each time, as it is cheap; a wrong setting shows when mail is sent or read. */
  public MailSettings mail() {
    return new MailSettings(
        smtpHost,
        smtpPort,
        smtpUser.orElse(null),
        smtpPassword.orElse(null),
        startTls,
        from,
        imapHost,
        imapPort,
        imapUser.orElse(null),
        imapPassword.orElse(null),
        imapSsl,
        folder);
  }

  public Configured<MessageGateway> gateway() {
    return gateway;
  }

  public Configured<MessengerInvitation> messenger() {
    return messenger;
  }

  /** Whether the mailbox clock reads the mailbox every minute. */
  public boolean pollsMailbox() {
    return pollsMailbox;
  }

  public boolean unknownSendersCreateLeads() {
    return unknownSendersCreateLeads;
  }

  /** A part that is configured, or the reason why it is not. */
  public record Configured<T>(Optional<T> part, String missingBecause) {

    /**
     * @throws BusinessRuleViolation with the rule, saying what is missing and why
     */
    public T require(String rule, String what) {
      return part.orElseThrow(
          () -> new BusinessRuleViolation(rule, what + " is not set up: " + missingBecause));
    }

    static <T> Configured<T> of(String name, boolean set, String unset, Supplier<T> build) {
      if (!set) {
        return new Configured<>(Optional.empty(), unset);
      }
      try {
        return new Configured<>(Optional.of(build.get()), null);
      } catch (IllegalArgumentException wrong) {
        LOG.log(System.Logger.Level.ERROR, "The " + name + " is configured wrongly", wrong);
        return new Configured<>(Optional.empty(), wrong.getMessage());
      }
    }
  }
}
