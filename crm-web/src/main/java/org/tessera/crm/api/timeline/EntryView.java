package org.tessera.crm.api.timeline;

import java.time.OffsetDateTime;
import org.tessera.crm.timeline.entity.EntryKind;
import org.tessera.crm.timeline.entity.TimelineEntry;

/**
 * A timeline entry as the API shows it. A comment's text is plain text as written: clients must not
 * read it as HTML. A field change names the field in {@code text}, with its value before and after
 * in words.
 */
public record EntryView(
    long id,
    long itemId,
    EntryKind kind,
    Long authorId,
    String authorName,
    OffsetDateTime createdAt,
    OffsetDateTime editedAt,
    String text,
    String fromStage,
    String toStage,
    Long relatedItemId,
    Long fileId,
    Long fieldId,
    String oldValue,
    String newValue,
    long version) {

  public static EntryView of(TimelineEntry entry) {
    return new EntryView(
        entry.getId(),
        entry.getItemId(),
        entry.getKind(),
        entry.getAuthor() == null ? null : entry.getAuthor().getId(),
        entry.getAuthor() == null ? null : entry.getAuthor().getFullName(),
        entry.getCreatedAt(),
        entry.getEditedAt(),
        entry.getBody(),
        entry.getFromStage(),
        entry.getToStage(),
        entry.getRelatedItemId(),
        entry.getFileId(),
        entry.getFieldId(),
        entry.getOldValue(),
        entry.getNewValue(),
        entry.getVersion());
  }
}
