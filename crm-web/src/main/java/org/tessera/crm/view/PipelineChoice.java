package org.tessera.crm.view;

import java.io.Serializable;
import java.util.List;
import org.tessera.crm.stage.entity.Pipeline;

/** The pipelines of a type a page can switch between, and the one it shows. */
public final class PipelineChoice implements Serializable {

  /** One pipeline to switch to. */
  public record Option(long id, String name) implements Serializable {}

  private final List<Option> options;
  private final Long selectedId;

  private PipelineChoice(List<Option> options, Long selectedId) {
    this.options = options;
    this.selectedId = selectedId;
  }

  /** The requested pipeline if it is one of these, otherwise the first. */
  public static PipelineChoice of(List<Pipeline> pipelines, Long requestedId) {
    List<Option> options = pipelines.stream().map(p -> new Option(p.getId(), p.getName())).toList();
    Long selected =
        options.stream()
            .map(Option::id)
            .filter(id -> id.equals(requestedId))
            .findFirst()
            .orElse(options.isEmpty() ? null : options.get(0).id());
    return new PipelineChoice(options, selected);
  }

  public static PipelineChoice none() {
    return new PipelineChoice(List.of(), null);
  }

  public List<Option> getOptions() {
    return options;
  }

  public Long getSelectedId() {
    return selectedId;
  }

  public boolean isEmpty() {
    return options.isEmpty();
  }
}
