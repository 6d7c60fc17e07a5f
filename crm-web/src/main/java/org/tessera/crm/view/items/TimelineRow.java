package org.tessera.crm.view.items;

import java.io.Serializable;
import java.time.LocalDateTime;
import org.tessera.crm.timeline.entity.EntryKind;

/**
 * One timeline entry on the card.
 *
 * @param html a comment as safe HTML (see CommentHtml), null for other entries
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
    String fromStage,
    String toStage,
    long version,
    boolean changeable)
    implements Serializable {}
