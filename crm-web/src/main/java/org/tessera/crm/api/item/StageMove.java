package org.tessera.crm.api.item;

import jakarta.validation.constraints.NotNull;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Moves an item to a stage, made against the version the client read. */
@Schema(description = "A move to another stage of the item's pipeline")
public record StageMove(
    @Schema(description = "A stage of the item's pipeline", example = "1042") @NotNull Long stageId,
    @Schema(description = "The version of the item the client read", example = "3") @NotNull
        Long version) {}
