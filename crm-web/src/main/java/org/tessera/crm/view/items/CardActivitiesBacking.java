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

/** The card's planned activities, at the top of its timeline: plan one, mark one done or cancel. */
@Named("cardActivities")
@ViewScoped
public class CardActivitiesBacking implements Serializable {

  @Inject Activities activities;
  @Inject MeetingRooms meetingRooms;
  @Inject Users users;
  @Inject CardBacking card;
  @Inject CardTimelineBacking cardTimeline;

  private ActivityForm form = new ActivityForm();
  private List<ActivityRow> planned;

  public void prepare() {
    form = ActivityForm.blank(users.current(), users.active(), meetingRooms.all());
  }

  public void plan() {
    activities.plan(card.getId(), form.toNewActivity());
    Messages.info("activity.planned", form.getSubject(), card.getTitle());
    changed();
  }

  public void complete(ActivityRow row) {
    activities.complete(row.id(), row.version());
    Messages.info("activity.doneOne", row.subject());
    changed();
  }

  public void cancel(ActivityRow row) {
    activities.cancel(row.id(), row.version());
    Messages.info("activity.cancelledOne", row.subject());
    changed();
  }

  public List<ActivityRow> getPlanned() {
    if (planned == null) {
      planned = ActivityRow.planned(activities.ofItem(card.getId()));
    }
    return planned;
  }

  public ActivityForm getForm() {
    return form;
  }

  private void changed() {
    planned = null;
    cardTimeline.reload();
  }
}
