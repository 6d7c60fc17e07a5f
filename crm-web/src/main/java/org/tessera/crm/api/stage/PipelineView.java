package org.tessera.crm.api.stage;

import java.util.List;
import org.tessera.crm.stage.entity.Pipeline;

/** A pipeline with its stages in order. */
public record PipelineView(
    long id,
    String type,
    String name,
    String currency,
    int sortOrder,
    long version,
    List<StageView> stages) {

  public static PipelineView of(Pipeline pipeline) {
    return new PipelineView(
        pipeline.getId(),
        pipeline.getItemType().getCode(),
        pipeline.getName(),
        pipeline.getCurrency(),
        pipeline.getSortOrder(),
        pipeline.getVersion(),
        pipeline.getStages().stream().map(StageView::of).toList());
  }
}
