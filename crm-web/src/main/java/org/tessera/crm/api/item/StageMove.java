package org.tessera.crm.api.item;

import jakarta.validation.constraints.NotNull;

/** Moves an item to a stage, made against the version the client read. */
public record StageMove(@NotNull Long stageId, @NotNull Long version) {}
