package org.tessera.crm.document.entity;

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
import java.time.OffsetDateTime;
import org.tessera.crm.security.entity.User;

/** A document made from a template for an item: its number and the stored .docx. */
@Entity
@Table(name = "generated_document")
@NamedQuery(
    name = GeneratedDocument.OF_ITEM,
    query = "select d from GeneratedDocument d where d.itemId = :item order by d.id desc")
public class GeneratedDocument {

  public static final String OF_ITEM = "GeneratedDocument.ofItem";

  @Id
  @SequenceGenerator(
      name = "generated_document_seq",
      sequenceName = "generated_document_seq",
      allocationSize = 50)
  @GeneratedValue(generator = "generated_document_seq")
  private Long id;

  @Column(name = "item_id")
  private long itemId;

  @Column(name = "template_id")
  private Long templateId;

  @Column(name = "doc_number")
  private String number;

  @Column(name = "file_id")
  private long fileId;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "created_by_id")
  private User createdBy;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  protected GeneratedDocument() {}

  public GeneratedDocument(
      long itemId, long templateId, String number, long fileId, User by, OffsetDateTime at) {
    this.itemId = itemId;
    this.templateId = templateId;
    this.number = number;
    this.fileId = fileId;
    this.createdBy = by;
    this.createdAt = at;
  }

  public Long getId() {
    return id;
  }

  public long getItemId() {
    return itemId;
  }

  public Long getTemplateId() {
    return templateId;
  }

  public String getNumber() {
    return number;
  }

  public long getFileId() {
    return fileId;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }
}
