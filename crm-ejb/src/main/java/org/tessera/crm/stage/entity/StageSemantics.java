package org.tessera.crm.stage.entity;

/**
 * What reaching a stage means. A pipeline reads in this order: the initial stage, the stages in
 * progress, then the final ones (success first, then the failure reasons).
 */
public enum StageSemantics {
  INITIAL,
  IN_PROGRESS,
  SUCCESS,
  FAILURE;

  public boolean isFinal() {
    return this == SUCCESS || this == FAILURE;
  }
}
