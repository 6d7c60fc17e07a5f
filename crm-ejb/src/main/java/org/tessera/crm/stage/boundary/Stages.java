package org.tessera.crm.stage.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import org.tessera.crm.audit.boundary.AuditLogged;
import org.tessera.crm.field.boundary.FieldValues;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.security.boundary.Users;
import org.tessera.crm.security.entity.Roles;
import org.tessera.crm.shared.entity.BusinessRuleViolation;
import org.tessera.crm.shared.entity.UnknownEntity;
import org.tessera.crm.stage.entity.Pipeline;
import org.tessera.crm.stage.entity.Stage;
import org.tessera.crm.stage.entity.StageSemantics;
import org.tessera.crm.timeline.boundary.Timeline;

/**
 * Stage settings of a pipeline. Each change bumps the pipeline's version, so two admins editing the
 * same pipeline cannot silently overwrite each other.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.USER})
public class Stages {

  @PersistenceContext EntityManager em;
  @Inject StageTotals stageTotals;
  @EJB Pipelines pipelines;
  @EJB FieldValues fieldValues;
  @EJB Timeline timeline;
  @EJB Users users;

  @AuditLogged
  public Stage add(long pipelineId, String name, String color, StageSemantics semantics) {
    Pipeline pipeline = lockedPipeline(pipelineId);
    Stage stage = pipeline.addStage(name, color, semantics);
    em.flush();
    return stage;
  }

  @AuditLogged
  public Stage rename(long stageId, String name) {
    Stage stage = find(stageId);
    lockedPipeline(stage.getPipeline().getId()).renameStage(stageId, name);
    return stage;
  }

  @AuditLogged
  public Stage recolor(long stageId, String color) {
    Stage stage = find(stageId);
    lockedPipeline(stage.getPipeline().getId()).recolorStage(stageId, color);
    return stage;
  }

  @AuditLogged
  public Pipeline reorder(long pipelineId, List<Long> stageIds) {
    Pipeline pipeline = lockedPipeline(pipelineId);
    pipeline.reorder(stageIds);
    return pipeline;
  }

  /**
   * Deletes a stage. A stage that still holds items needs a stage of the same pipeline to move them
   * to; without one the deletion is refused and nothing changes.
   */
  @AuditLogged
  public void delete(long stageId, Long moveItemsToStageId) {
    Stage stage = find(stageId);
    Pipeline pipeline = lockedPipeline(stage.getPipeline().getId());
    pipeline.checkRemovable(stageId);
    long items =
        em.createNamedQuery(Item.COUNT_IN_STAGE, Long.class)
            .setParameter("stage", stage)
            .getSingleResult();
    if (items > 0) {
      Stage target = moveTarget(pipeline, stage, items, moveItemsToStageId);
      fieldValues.requireCompleteForMove(stage, target);
      timeline.allMoved(stage, target, users.current());
      em.createNamedQuery(Item.MOVE_ALL_BETWEEN_STAGES)
          .setParameter("from", stage)
          .setParameter("to", target)
          .executeUpdate();
      stageTotals.merged(stage, target);
    }
    pipeline.removeStage(stageId);
  }

  public Stage find(long stageId) {
    Stage stage = em.find(Stage.class, stageId);
    if (stage == null) {
      throw new UnknownEntity("Stage", stageId);
    }
    return stage;
  }

  private static Stage moveTarget(Pipeline pipeline, Stage deleted, long items, Long targetId) {
    if (targetId == null) {
      throw new BusinessRuleViolation(
          "stage.not-empty",
          "Stage '"
              + deleted.getName()
              + "' still holds "
              + items
              + " items; choose the stage to move them to");
    }
    if (targetId.equals(deleted.getId())) {
      throw new BusinessRuleViolation(
          "stage.move-to-itself", "Items cannot be moved to the stage being deleted");
    }
    return pipeline.stage(targetId);
  }

  /** The pipeline, if the caller may change its type's settings, locked against a parallel edit. */
  private Pipeline lockedPipeline(long pipelineId) {
    Pipeline pipeline = pipelines.settable(pipelineId);
    em.lock(pipeline, LockModeType.OPTIMISTIC_FORCE_INCREMENT);
    return pipeline;
  }
}
