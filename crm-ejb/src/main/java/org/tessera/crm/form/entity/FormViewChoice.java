package org.tessera.crm.form.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.util.Objects;

/** The form view a user switched to for one item type. */
@Entity
@Table(name = "form_view_choice")
@IdClass(FormViewChoice.Key.class)
public class FormViewChoice {

  @Id
  @Column(name = "user_id")
  private long userId;

  @Id
  @Column(name = "item_type_id")
  private long itemTypeId;

  @ManyToOne(fetch = FetchType.LAZY, optional = false)
  @JoinColumn(name = "view_id")
  private FormView view;

  protected FormViewChoice() {}

  public FormViewChoice(long userId, long itemTypeId, FormView view) {
    this.userId = userId;
    this.itemTypeId = itemTypeId;
    this.view = view;
  }

  public void switchTo(FormView other) {
    view = other;
  }

  public FormView getView() {
    return view;
  }

  /** The primary key: one choice per user and type. */
  public static class Key implements Serializable {
    private long userId;
    private long itemTypeId;

    public Key() {}

    public Key(long userId, long itemTypeId) {
      this.userId = userId;
      this.itemTypeId = itemTypeId;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key && key.userId == userId && key.itemTypeId == itemTypeId;
    }

    @Override
    public int hashCode() {
      return Objects.hash(userId, itemTypeId);
    }
  }
}
