package org.tessera.crm.view.items;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.tessera.crm.timeline.entity.EntryKind;

/**
 * One timeline entry on the card.
 *
 * @param html a comment as safe HTML (see CommentHtml), null for other entries
 * @param text a comment's text, or the label of the field a field change is about
 * @param from the stage or field value before a change
 * @param to the stage or field value after a change
 * @param relatedItemId the item the entry tells about, e.g. the one this was created from
 * @param changeable whether the reader may edit and delete it
 */
public record TimelineRow(
    long id,
    EntryKind kind,
    String author,
    LocalDateTime at,
    boolean edited,
    String text,
    String html,
    String from,
    String to,
    long version,
    Long relatedItemId,
    boolean changeable)
    implements Serializable {}
