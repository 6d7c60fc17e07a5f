package org.tessera.crm.view.items;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.tessera.crm.security.boundary.Users;
import org.tessera.crm.security.entity.Viewer;
import org.tessera.crm.shared.entity.PageOf;
import org.tessera.crm.shared.entity.PageRequest;
import org.tessera.crm.timeline.boundary.Timeline;
import org.tessera.crm.timeline.entity.EntryKind;
import org.tessera.crm.timeline.entity.TimelineEntry;
import org.tessera.crm.view.CommentHtml;

/** The timeline on the right of the card: newest first, a page at a time, with comments. */
@Named("cardTimeline")
@ViewScoped
public class CardTimelineBacking implements Serializable {

  private static final int PAGE_SIZE = 20;

  @Inject CardBacking card;
  @Inject Timeline timeline;
  @Inject Users users;

  private final List<TimelineRow> rows = new ArrayList<>();
  private int pagesShown;
  private long total;
  private String newComment;
  private Long editedId;
  private long editedVersion;
  private String editedText;

  /** Shows the newest page again, e.g. after the item changed stage. */
  public void reload() {
    rows.clear();
    pagesShown = 0;
    loadMore();
  }

  public void loadMore() {
    Viewer viewer = users.viewer();
    PageOf<TimelineEntry> page = timeline.of(card.getId(), new PageRequest(pagesShown, PAGE_SIZE));
    page.content().forEach(entry -> rows.add(row(entry, viewer)));
    total = page.total();
    pagesShown++;
  }

  public void comment() {
    timeline.comment(card.getId(), newComment);
    newComment = null;
    reload();
  }

  public void startEditing(TimelineRow row) {
    editedId = row.id();
    editedVersion = row.version();
    editedText = row.text();
  }

  public void saveEdit() {
    timeline.editComment(editedId, editedVersion, editedText);
    editedId = null;
    reload();
  }

  public void cancelEdit() {
    editedId = null;
  }

  public void delete(TimelineRow row) {
    timeline.deleteComment(row.id(), row.version());
    reload();
  }

  private static TimelineRow row(TimelineEntry entry, Viewer viewer) {
    boolean comment = entry.getKind() == EntryKind.COMMENT;
    return new TimelineRow(
        entry.getId(),
        entry.getKind(),
        entry.getAuthor() == null ? "" : entry.getAuthor().getFullName(),
        entry.getCreatedAt().atZoneSameInstant(ZoneId.systemDefault()).toLocalDateTime(),
        entry.getEditedAt() != null,
        entry.getBody(),
        comment ? CommentHtml.of(entry.getBody()) : null,
        entry.getKind() == EntryKind.FIELD_CHANGE ? entry.getOldValue() : entry.getFromStage(),
        entry.getKind() == EntryKind.FIELD_CHANGE ? entry.getNewValue() : entry.getToStage(),
        entry.getVersion(),
        entry.getRelatedItemId(),
        comment && (viewer.admin() || entry.isWrittenBy(viewer.userId())));
  }

  public List<TimelineRow> getRows() {
    if (pagesShown == 0) {
      loadMore();
    }
    return rows;
  }

  public boolean isMore() {
    return rows.size() < total;
  }

  public String getNewComment() {
    return newComment;
  }

  public void setNewComment(String newComment) {
    this.newComment = newComment;
  }

  public Long getEditedId() {
    return editedId;
  }

  public String getEditedText() {
    return editedText;
  }

  public void setEditedText(String editedText) {
    this.editedText = editedText;
  }
}
