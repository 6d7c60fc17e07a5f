package org.tessera.crm.api.stage;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.tessera.crm.shared.entity.Limits;
import org.tessera.crm.stage.entity.StageSemantics;

/** Request bodies of the pipeline and stage settings. */
public final class StageRequests {

  private StageRequests() {}

  public record NewPipeline(
      @NotNull @Pattern(regexp = Limits.CODE_PATTERN) String type,
      @NotBlank @Size(max = Limits.NAME) String name) {}

  public record PipelineRename(
      @NotBlank @Size(max = Limits.NAME) String name, @NotNull Long version) {}

  public record NewStage(
      @NotBlank @Size(max = Limits.NAME) String name,
      @NotNull @Pattern(regexp = Limits.COLOR_PATTERN) String color,
      @NotNull StageSemantics semantics) {}

  /** Either or both of a new name and a new colour. */
  public record StageEdit(
      @Size(min = 1, max = Limits.NAME) String name,
      @Pattern(regexp = Limits.COLOR_PATTERN) String color) {}

  public record StageOrder(@NotEmpty List<@NotNull Long> stageIds) {}
}
