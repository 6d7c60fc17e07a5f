package org.tessera.crm.security.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.util.Base64;
import java.util.HexFormat;
import org.tessera.crm.shared.entity.Limits;

/**
 * A personal API token: its holder's credentials for an API client, shown once when made and kept
 * only as a hash.
 */
@Entity
@Table(name = "api_token")
@NamedQuery(
    name = ApiToken.BY_HASH,
    query = "select t from ApiToken t join fetch t.user where t.tokenHash = :hash")
@NamedQuery(
    name = ApiToken.OF_USER,
    query = "select t from ApiToken t where t.user = :user order by t.id desc")
public class ApiToken {

  public static final String BY_HASH = "ApiToken.byHash";
  public static final String OF_USER = "ApiToken.ofUser";

  /** What every token starts with, so that it is recognised in a leaked text or a log. */
  public static final String MARK = "tcrm_";

  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @SequenceGenerator(name = "api_token_seq", sequenceName = "api_token_seq", allocationSize = 50)
  @GeneratedValue(generator = "api_token_seq")
  private Long id;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "user_id")
  private User user;

  @NotBlank
  @Size(max = Limits.NAME)
  private String name;

  @Column(name = "token_hash")
  private String tokenHash;

  private String prefix;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "last_used_at")
  private OffsetDateTime lastUsedAt;

  protected ApiToken() {}

  private ApiToken(User user, String name, String token, OffsetDateTime now) {
    this.user = user;
    this.name = name;
    this.tokenHash = hash(token);
    this.prefix = token.substring(0, MARK.length() + 4);
    this.createdAt = now;
  }

  /** A new token of the user, and its text, which is not kept anywhere. */
  public static Issued issue(User user, String name, OffsetDateTime now) {
    byte[] secret = new byte[32];
    RANDOM.nextBytes(secret);
    String token = MARK + Base64.getUrlEncoder().withoutPadding().encodeToString(secret);
    return new Issued(new ApiToken(user, name, token, now), token);
  }

  /** A token just made, with its text. */
  public record Issued(ApiToken token, String text) {}

  public static String hash(String token) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException everyJvmHasIt) {
      throw new IllegalStateException(everyJvmHasIt);
    }
  }

  public void usedAt(OffsetDateTime now) {
    lastUsedAt = now;
  }

  public Long getId() {
    return id;
  }

  public User getUser() {
    return user;
  }

  public String getName() {
    return name;
  }

  public String getPrefix() {
    return prefix;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getLastUsedAt() {
    return lastUsedAt;
  }
}
