package org.tessera.crm.view;

import java.io.Serializable;
import java.util.List;
import org.tessera.crm.stage.entity.Pipeline;

/**
 * The item type and pipeline a page shows, as its view parameters name them, and the pipelines of
 * that type it can switch to.
 */
public class PipelineSelection implements Serializable {

  /** One pipeline to switch to. */
  public record Option(long id, String name) implements Serializable {}

  private String typeCode;
  private Long pipelineId;
  private List<Option> options = List.of();

  /** Offers these pipelines and keeps the requested one if it is among them, else the first. */
  public void offer(List<Pipeline> pipelines) {
    options = pipelines.stream().map(p -> new Option(p.getId(), p.getName())).toList();
    pipelineId =
        options.stream()
            .map(Option::id)
            .filter(id -> id.equals(pipelineId))
            .findFirst()
            .orElse(options.isEmpty() ? null : options.get(0).id());
  }

  public List<Option> getOptions() {
    return options;
  }

  public String getTypeCode() {
    return typeCode;
  }

  public void setTypeCode(String typeCode) {
    this.typeCode = typeCode;
  }

  public Long getPipelineId() {
    return pipelineId;
  }

  public void setPipelineId(Long pipelineId) {
    this.pipelineId = pipelineId;
  }
}
