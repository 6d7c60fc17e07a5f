package org.tessera.crm.stage.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import jakarta.persistence.PersistenceContext;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.tessera.crm.audit.boundary.AuditLogged;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.itemtype.boundary.ItemTypes;
import org.tessera.crm.itemtype.entity.ItemType;
import org.tessera.crm.security.entity.Roles;
import org.tessera.crm.shared.boundary.SettingsCache;
import org.tessera.crm.shared.boundary.SettingsVersion;
import org.tessera.crm.shared.entity.BusinessRuleViolation;
import org.tessera.crm.shared.entity.PageOf;
import org.tessera.crm.shared.entity.PageRequest;
import org.tessera.crm.shared.entity.StaleVersion;
import org.tessera.crm.shared.entity.UnknownEntity;
import org.tessera.crm.stage.entity.Pipeline;
import org.tessera.crm.stage.entity.Stage;

/** The pipelines of each item type; every type with stages keeps at least one. */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.USER})
public class Pipelines {

  @PersistenceContext EntityManager em;
  @EJB ItemTypes itemTypes;
  @Inject SettingsCache settings;
  @Inject SettingsVersion settingsVersion;

  public PageOf<Pipeline> ofType(String typeCode, PageRequest page) {
    ItemType type = itemTypes.byCode(typeCode);
    List<Pipeline> content =
        em.createNamedQuery(Pipeline.OF_TYPE, Pipeline.class)
            .setParameter("type", type)
            .setFirstResult(page.offset())
            .setMaxResults(page.size())
            .getResultList();
    return new PageOf<>(content, page.page(), page.size(), countOfType(type));
  }

  /** All pipelines of a type, in order: a type has a handful. */
  public List<Pipeline> allOfType(String typeCode) {
    return ofType(typeCode, new PageRequest(0, PageRequest.MAX_SIZE)).content();
  }

  /** A pipeline of a type whose settings the caller may change: for the stage settings too. */
  public Pipeline settable(long pipelineId) {
    settingsVersion.changing();
    Pipeline pipeline = find(pipelineId);
    itemTypes.settable(pipeline.getItemType());
    return pipeline;
  }

  /** The pipeline with its type and its stages in order, read in one statement. */
  public Pipeline find(long pipelineId) {
    return withStages(em, pipelineId);
  }

  /**
   * The pipeline as {@link #find}, kept while the settings stay the same (docs/adr/0010): detached
   * and shared, for readers that change neither it nor its stages, such as the board.
   */
  public Pipeline kept(long pipelineId) {
    return settings.get(
        "pipeline " + pipelineId,
        em,
        reader -> {
          Pipeline pipeline = withStages(reader, pipelineId);
          pipeline.getStages().forEach(Stage::getPipeline);
          return pipeline;
        });
  }

  private static Pipeline withStages(EntityManager reader, long pipelineId) {
    return reader
        .createNamedQuery(Pipeline.WITH_STAGES, Pipeline.class)
        .setParameter("id", pipelineId)
        // As em.find: changes pending in the transaction stay pending.
        .setFlushMode(FlushModeType.COMMIT)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new UnknownEntity("Pipeline", pipelineId));
  }

  /** A pipeline of the type; one of another type is refused. */
  public Pipeline findOfType(ItemType type, long pipelineId) {
    Pipeline pipeline = find(pipelineId);
    if (!pipeline.getItemType().getId().equals(type.getId())) {
      throw new BusinessRuleViolation(
          "item.pipeline-foreign",
          "Pipeline '" + pipeline.getName() + "' does not belong to " + type.getName());
    }
    return pipeline;
  }

  /** How many items each stage of the pipeline holds; stages without items are left out. */
  public Map<Long, Long> itemCountsByStage(long pipelineId) {
    return em.createNamedQuery(Item.COUNT_BY_STAGE, Object[].class)
        .setParameter("pipeline", find(pipelineId))
        .getResultStream()
        .collect(Collectors.toMap(row -> (Long) row[0], row -> (Long) row[1]));
  }

  /** The pipeline new items of the type go to when the caller names none. */
  public Pipeline defaultOf(ItemType type) {
    return em.createNamedQuery(Pipeline.OF_TYPE, Pipeline.class)
        .setParameter("type", type)
        .setMaxResults(1)
        .getResultStream()
        .findFirst()
        .orElseThrow(() -> new UnknownEntity("Pipeline of type", type.getCode()));
  }

  @AuditLogged
  public Pipeline create(String typeCode, String name) {
    settingsVersion.changing();
    ItemType type = itemTypes.settable(typeCode);
    long existing = countOfType(type);
    Pipeline pipeline = Pipeline.withDefaultStages(type, name, (int) existing);
    em.persist(pipeline);
    return pipeline;
  }

  @AuditLogged
  public Pipeline rename(long pipelineId, long expectedVersion, String name) {
    Pipeline pipeline = settable(pipelineId);
    requireVersion(pipeline, expectedVersion);
    pipeline.rename(name);
    return pipeline;
  }

  /** Deletes an empty pipeline that is not the last of its type. */
  @AuditLogged
  public void delete(long pipelineId) {
    Pipeline pipeline = settable(pipelineId);
    if (countOfType(pipeline.getItemType()) == 1) {
      throw new BusinessRuleViolation(
          "pipeline.last", "The last pipeline of a type cannot be deleted");
    }
    long items =
        em.createNamedQuery(Item.COUNT_IN_PIPELINE, Long.class)
            .setParameter("pipeline", pipeline)
            .getSingleResult();
    if (items > 0) {
      throw new BusinessRuleViolation(
          "pipeline.not-empty",
          "Pipeline '" + pipeline.getName() + "' still holds " + items + " items");
    }
    em.remove(pipeline);
  }

  static void requireVersion(Pipeline pipeline, long expectedVersion) {
    if (pipeline.getVersion() != expectedVersion) {
      throw new StaleVersion("Pipeline", pipeline.getId(), expectedVersion, pipeline.getVersion());
    }
  }

  private long countOfType(ItemType type) {
    return em.createNamedQuery(Pipeline.COUNT_OF_TYPE, Long.class)
        .setParameter("type", type)
        .getSingleResult();
  }
}
