package org.tessera.crm.timeline.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.QueryHint;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import org.tessera.crm.security.entity.User;
import org.tessera.crm.shared.entity.BusinessRuleViolation;

/** One thing that happened to an item, told on its timeline. */
@Entity
@Table(name = "timeline_entry")
// Authors are read in a second query rather than joined: joined, PostgreSQL's generic plan for
// this statement sorts all the entries of an item with thousands of them instead of reading the
// newest from the (item_id, id desc) index.
@NamedQuery(
    name = TimelineEntry.OF_ITEM,
    query =
        "select e from TimelineEntry e where e.itemId = :item"
            + " and (e.fieldId is null or e.fieldId not in :hiddenFields) order by e.id desc",
    hints = {
      @QueryHint(name = "eclipselink.read-only", value = "true"),
      @QueryHint(name = "eclipselink.batch", value = "e.author"),
      @QueryHint(name = "eclipselink.batch.type", value = "IN")
    })
@NamedQuery(
    name = TimelineEntry.COUNT_OF_ITEM,
    query =
        "select count(e) from TimelineEntry e where e.itemId = :item"
            + " and (e.fieldId is null or e.fieldId not in :hiddenFields)")
public class TimelineEntry {

  public static final String OF_ITEM = "TimelineEntry.ofItem";
  public static final String COUNT_OF_ITEM = "TimelineEntry.countOfItem";
  public static final int TEXT_LIMIT = 4000;
  public static final int VALUE_LIMIT = 1000;

  @Id
  @SequenceGenerator(
      name = "timeline_entry_seq",
      sequenceName = "timeline_entry_seq",
      allocationSize = 50)
  @GeneratedValue(generator = "timeline_entry_seq")
  private Long id;

  @Column(name = "item_id")
  private long itemId;

  @Enumerated(EnumType.STRING)
  private EntryKind kind;

  @ManyToOne(fetch = FetchType.LAZY)
  @JoinColumn(name = "author_id")
  private User author;

  @Column(name = "created_at")
  private OffsetDateTime createdAt;

  @Column(name = "edited_at")
  private OffsetDateTime editedAt;

  private String body;

  @Column(name = "from_stage")
  private String fromStage;

  @Column(name = "to_stage")
  private String toStage;

  @Column(name = "related_item_id")
  private Long relatedItemId;

  @Column(name = "field_id")
  private Long fieldId;

  @Column(name = "file_id")
  private Long fileId;

  @Column(name = "old_value")
  private String oldValue;

  @Column(name = "new_value")
  private String newValue;

  @Version private long version;

  protected TimelineEntry() {}

  private TimelineEntry(long itemId, EntryKind kind, User author, OffsetDateTime at) {
    this.itemId = itemId;
    this.kind = kind;
    this.author = author;
    this.createdAt = at;
  }

  public static TimelineEntry comment(long itemId, User author, String text, OffsetDateTime at) {
    TimelineEntry entry = new TimelineEntry(itemId, EntryKind.COMMENT, author, at);
    entry.body = checkedText(text);
    return entry;
  }

  public static TimelineEntry stageChange(
      long itemId, User author, String from, String to, OffsetDateTime at) {
    TimelineEntry entry = new TimelineEntry(itemId, EntryKind.STAGE_CHANGE, author, at);
    entry.fromStage = from;
    entry.toStage = to;
    return entry;
  }

  /** An audited field changed; its label is kept, as the field may be renamed or deleted. */
  public static TimelineEntry fieldChange(
      long itemId,
      User author,
      long fieldId,
      String label,
      String oldValue,
      String newValue,
      OffsetDateTime at) {
    TimelineEntry entry = new TimelineEntry(itemId, EntryKind.FIELD_CHANGE, author, at);
    entry.fieldId = fieldId;
    entry.body = label;
    entry.oldValue = shortened(oldValue);
    entry.newValue = shortened(newValue);
    return entry;
  }

  private static String shortened(String value) {
    return value == null || value.length() <= VALUE_LIMIT
        ? value
        : value.substring(0, VALUE_LIMIT - 1) + "…";
  }

  /** An entry of this kind telling something in a line of text, e.g. an activity's subject. */
  public static TimelineEntry told(
      long itemId, EntryKind kind, User author, String text, OffsetDateTime at) {
    TimelineEntry entry = new TimelineEntry(itemId, kind, author, at);
    entry.body = shortened(text);
    return entry;
  }

  /** An entry telling about another item, e.g. the one this one was created from. */
  public static TimelineEntry about(
      long itemId,
      EntryKind kind,
      User author,
      long relatedItemId,
      String text,
      OffsetDateTime at) {
    TimelineEntry entry = told(itemId, kind, author, text, at);
    entry.relatedItemId = relatedItemId;
    return entry;
  }

  public static TimelineEntry created(long itemId, User author, OffsetDateTime at) {
    return new TimelineEntry(itemId, EntryKind.ITEM_CREATED, author, at);
  }

  /** Changes a comment's text; only comments are edited, and only by whom the caller allows. */
  public void edit(String text, OffsetDateTime at) {
    requireComment();
    body = checkedText(text);
    editedAt = at;
  }

  public void requireComment() {
    if (kind != EntryKind.COMMENT) {
      throw new BusinessRuleViolation(
          "timeline.not-a-comment", "Only comments can be changed or deleted");
    }
  }

  public boolean isWrittenBy(long userId) {
    return author != null && author.getId() == userId;
  }

  private static String checkedText(String text) {
    if (text == null || text.isBlank() || text.strip().length() > TEXT_LIMIT) {
      throw new BusinessRuleViolation(
          "timeline.comment-invalid", "A comment has 1 to " + TEXT_LIMIT + " characters");
    }
    return text.strip();
  }

  public Long getId() {
    return id;
  }

  public long getItemId() {
    return itemId;
  }

  public EntryKind getKind() {
    return kind;
  }

  public User getAuthor() {
    return author;
  }

  public OffsetDateTime getCreatedAt() {
    return createdAt;
  }

  public OffsetDateTime getEditedAt() {
    return editedAt;
  }

  public String getBody() {
    return body;
  }

  public String getFromStage() {
    return fromStage;
  }

  public String getToStage() {
    return toStage;
  }

  public Long getRelatedItemId() {
    return relatedItemId;
  }

  /** The file the entry is about, e.g. the document created. */
  public void linkFile(long id) {
    fileId = id;
  }

  public Long getFileId() {
    return fileId;
  }

  public Long getFieldId() {
    return fieldId;
  }

  public String getOldValue() {
    return oldValue;
  }

  public String getNewValue() {
    return newValue;
  }

  public long getVersion() {
    return version;
  }
}
