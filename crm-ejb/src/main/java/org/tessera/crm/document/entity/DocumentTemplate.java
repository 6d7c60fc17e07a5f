package org.tessera.crm.document.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import org.tessera.crm.shared.entity.BusinessRuleViolation;

/**
 * An uploaded Word template for the items of one type (and perhaps one pipeline), with the rule
 * that numbers the documents made from it, e.g. {@code Q-{year}-{seq}}: the sequence starts again
 * at 1 each year.
 */
@Entity
@Table(name = "document_template")
@NamedQuery(
    name = DocumentTemplate.ACTIVE_OF_TYPE,
    query =
        "select t from DocumentTemplate t where t.itemTypeId = :type and t.active = true"
            + " and (t.pipelineId is null or t.pipelineId = :pipeline) order by t.name")
public class DocumentTemplate {

  public static final String ACTIVE_OF_TYPE = "DocumentTemplate.activeOfType";
  public static final int NUMBERING_LIMIT = 60;

  @Id
  @SequenceGenerator(
      name = "document_template_seq",
      sequenceName = "document_template_seq",
      allocationSize = 50)
  @GeneratedValue(generator = "document_template_seq")
  private Long id;

  private String name;

  @Column(name = "item_type_id")
  private long itemTypeId;

  @Column(name = "pipeline_id")
  private Long pipelineId;

  private String numbering;

  private boolean active = true;

  @Column(name = "file_id")
  private long fileId;

  @Column(name = "number_year")
  private int numberYear;

  @Column(name = "last_number")
  private int lastNumber;

  @Version private long version;

  protected DocumentTemplate() {}

  public DocumentTemplate(
      String name, long itemTypeId, Long pipelineId, String numbering, long fileId) {
    if (numbering == null || numbering.length() > NUMBERING_LIMIT || !numbering.contains("{seq}")) {
      throw new BusinessRuleViolation(
          "document.numbering-invalid",
          "A numbering rule has at most "
              + NUMBERING_LIMIT
              + " characters and contains {seq}, e.g. Q-{year}-{seq}");
    }
    this.name = name.strip();
    this.itemTypeId = itemTypeId;
    this.pipelineId = pipelineId;
    this.numbering = numbering;
    this.fileId = fileId;
  }

  /** The next document number; the caller holds a lock on the template. */
  public String nextNumber(LocalDate today) {
    if (today.getYear() != numberYear) {
      numberYear = today.getYear();
      lastNumber = 0;
    }
    lastNumber++;
    return numbering
        .replace("{year}", String.valueOf(numberYear))
        .replace("{seq}", String.valueOf(lastNumber));
  }

  public void activate(boolean on) {
    active = on;
  }

  public Long getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public long getItemTypeId() {
    return itemTypeId;
  }

  public Long getPipelineId() {
    return pipelineId;
  }

  public String getNumbering() {
    return numbering;
  }

  public boolean isActive() {
    return active;
  }

  public long getFileId() {
    return fileId;
  }

  public long getVersion() {
    return version;
  }
}
