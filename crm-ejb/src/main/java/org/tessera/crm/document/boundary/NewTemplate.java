package org.tessera.crm.document.boundary;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.tessera.crm.document.entity.DocumentTemplate;
import org.tessera.crm.shared.entity.Limits;

/** A template to upload: its name, the type (and perhaps pipeline) it is for, its numbering. */
public record NewTemplate(
    @NotBlank @Size(max = Limits.NAME) String name,
    @NotNull @Pattern(regexp = Limits.CODE_PATTERN) String typeCode,
    Long pipelineId,
    @NotBlank @Size(max = DocumentTemplate.NUMBERING_LIMIT) String numbering) {}
