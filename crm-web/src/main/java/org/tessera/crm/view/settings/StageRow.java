package org.tessera.crm.view.settings;

import java.io.Serializable;
import org.tessera.crm.stage.entity.Stage;
import org.tessera.crm.stage.entity.StageSemantics;

/** One stage as the settings page edits it. */
public class StageRow implements Serializable {

  private final long id;
  private final StageSemantics semantics;
  private final long itemCount;
  private String name;
  private String color;

  StageRow(Stage stage, long itemCount) {
    this.id = stage.getId();
    this.semantics = stage.getSemantics();
    this.itemCount = itemCount;
    this.name = stage.getName();
    this.color = stage.getColor();
  }

  public long getId() {
    return id;
  }

  public StageSemantics getSemantics() {
    return semantics;
  }

  public long getItemCount() {
    return itemCount;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getColor() {
    return color;
  }

  public void setColor(String color) {
    this.color = color;
  }
}
