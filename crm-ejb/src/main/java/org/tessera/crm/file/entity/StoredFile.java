package org.tessera.crm.file.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.tessera.crm.shared.entity.BusinessRuleViolation;

/** An uploaded file with its name and kind; the content is read only when downloaded. */
@Entity
@Table(name = "stored_file")
@NamedQuery(
    name = StoredFile.NAMES,
    query = "select f.id, f.name from StoredFile f where f.id in :ids")
public class StoredFile {

  public static final String NAMES = "StoredFile.names";
  private static final int NAME_LIMIT = 255;

  @Id
  @SequenceGenerator(
      name = "stored_file_seq",
      sequenceName = "stored_file_seq",
      allocationSize = 50)
  @GeneratedValue(generator = "stored_file_seq")
  private Long id;

  private String name;

  @Column(name = "content_type")
  private String contentType;

  @Column(name = "size_bytes")
  private long size;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  private byte[] content;

  @Column(name = "uploaded_by")
  private Long uploadedBy;

  @Column(name = "uploaded_at")
  private OffsetDateTime uploadedAt;

  protected StoredFile() {}

  /** A file of at most {@code maxBytes}, named as the user's computer named it. */
  public StoredFile(String name, String contentType, byte[] content, long maxBytes, long userId) {
    if (name == null || name.isBlank() || name.strip().length() > NAME_LIMIT) {
      throw new BusinessRuleViolation(
          "file.name-invalid", "A file needs a name of 1 to " + NAME_LIMIT + " characters");
    }
    if (content == null || content.length == 0) {
      throw new BusinessRuleViolation("file.empty", "The file is empty");
    }
    if (content.length > maxBytes) {
      throw new BusinessRuleViolation(
          "file.too-large", "Files can have at most " + maxBytes / (1024 * 1024) + " MB");
    }
    this.name = name.strip();
    this.contentType =
        contentType == null || contentType.isBlank() ? "application/octet-stream" : contentType;
    this.content = content;
    this.size = content.length;
    this.uploadedBy = userId;
    this.uploadedAt = OffsetDateTime.now(ZoneOffset.UTC);
  }

  public boolean isUploadedBy(long userId) {
    return uploadedBy != null && uploadedBy == userId;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getContentType() {
    return contentType;
  }

  public long getSize() {
    return size;
  }

  public byte[] getContent() {
    return content;
  }
}
