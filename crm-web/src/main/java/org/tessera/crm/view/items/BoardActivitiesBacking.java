package org.tessera.crm.view.items;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tessera.crm.activity.boundary.Activities;
import org.tessera.crm.activity.boundary.MeetingRooms;
import org.tessera.crm.security.boundary.Users;
import org.tessera.crm.view.Messages;

/**
 * Activities from the board: "+ Activity" on a card plans one, the card's counter lists those that
 * wait.
 */
@Named
@ViewScoped
public class BoardActivitiesBacking implements Serializable {

  @Inject BoardBacking boardBacking;
  @Inject Activities activities;
  @Inject MeetingRooms meetingRooms;
  @Inject Users users;

  private long itemId;
  private String itemTitle;
  private ActivityForm form = new ActivityForm();
  private List<ActivityRow> rows = List.of();

  public void prepare(BoardCard card) {
    itemId = card.id();
    itemTitle = card.title();
    form = ActivityForm.blank(users.current(), users.active(), meetingRooms.all());
  }

  public void plan() {
    activities.plan(itemId, form.toNewActivity());
    Messages.info("activity.planned", form.getSubject(), itemTitle);
    boardBacking.reload();
  }

  /** The activities of the card, soonest first. */
  public void list(BoardCard card) {
    itemId = card.id();
    itemTitle = card.title();
    rows = ActivityRow.planned(activities.ofItem(itemId));
  }

  public ActivityForm getForm() {
    return form;
  }

  public List<ActivityRow> getRows() {
    return rows;
  }

  public String getItemTitle() {
    return itemTitle;
  }
}
