package org.tessera.crm.item.boundary;

/** Which items a list shows: always one type, optionally one pipeline and one stage. */
public record ItemFilter(String typeCode, Long pipelineId, Long stageId) {}
