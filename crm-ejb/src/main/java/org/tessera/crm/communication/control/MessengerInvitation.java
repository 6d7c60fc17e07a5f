package org.tessera.crm.communication.control;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * Invites a client to the messenger of one item with a link that only the CRM can make: its token
 * is the HMAC-SHA256 of the item id under a server secret, so it cannot be guessed from the id.
 */
public final class MessengerInvitation {

  /** The placeholder an invitation text holds the link in. */
  public static final String LINK = "Invitation.Link";

  private static final String HMAC = "HmacSHA256";
  private static final int SHORTEST_SECRET = 32;

  private final String baseUrl;
  private final SecretKeySpec key;

  /**
   * @param baseUrl the messenger page, e.g. {@code https://crm.example.com/chat}
   * @param secret at least 32 bytes known only to the server; changing it voids every link
   */
  public MessengerInvitation(String baseUrl, String secret) {
    URI base = URI.create(baseUrl);
    if (!base.isAbsolute() || base.getHost() == null) {
      throw new IllegalArgumentException("Not an absolute URL for invitations: " + baseUrl);
    }
    byte[] bytes = secret == null ? new byte[0] : secret.getBytes(StandardCharsets.UTF_8);
    if (bytes.length < SHORTEST_SECRET) {
      throw new IllegalArgumentException(
          "The invitation secret needs at least " + SHORTEST_SECRET + " bytes");
    }
    this.baseUrl = baseUrl;
    this.key = new SecretKeySpec(bytes, HMAC);
  }

  public URI link(long itemId) {
    String separator = baseUrl.contains("?") ? "&" : "?";
    return URI.create(baseUrl + separator + "item=" + itemId + "&token=" + token(itemId));
  }

  /** The invitation text with {@code {Invitation.Link}} filled in. */
  public String message(long itemId, String template) {
    return MessageTemplate.fill(template, Map.of(LINK, link(itemId).toString()));
  }

  /** URL-safe Base64 without padding, so it stands in a link as it is. */
  public String token(long itemId) {
    return Base64.getUrlEncoder().withoutPadding().encodeToString(hmac(itemId));
  }

  /** Whether the token was made for this item; the comparison takes as long for any token. */
  public boolean accepts(long itemId, String token) {
    return token != null
        && MessageDigest.isEqual(
            token(itemId).getBytes(StandardCharsets.US_ASCII),
            token.getBytes(StandardCharsets.US_ASCII));
  }

  private byte[] hmac(long itemId) {
    try {
      Mac mac = Mac.getInstance(HMAC);
      mac.init(key);
      return mac.doFinal(Long.toString(itemId).getBytes(StandardCharsets.US_ASCII));
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("Every Java runtime has " + HMAC, e);
    }
  }
}
