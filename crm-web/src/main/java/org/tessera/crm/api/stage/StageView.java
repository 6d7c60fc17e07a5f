package org.tessera.crm.api.stage;

import org.tessera.crm.stage.entity.Stage;
import org.tessera.crm.stage.entity.StageSemantics;

public record StageView(
    long id, long pipelineId, String name, String color, StageSemantics semantics, int sortOrder) {

  public static StageView of(Stage stage) {
    return new StageView(
        stage.getId(),
        stage.getPipeline().getId(),
        stage.getName(),
        stage.getColor(),
        stage.getSemantics(),
        stage.getSortOrder());
  }
}
