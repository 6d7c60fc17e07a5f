package org.tessera.crm.document.boundary;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.tessera.crm.audit.boundary.AuditLogged;
import org.tessera.crm.document.control.DocxTemplate;
import org.tessera.crm.document.control.ItemPlaceholders;
import org.tessera.crm.document.control.OpenTemplates;
import org.tessera.crm.document.control.PdfConverter;
import org.tessera.crm.document.control.PdfFailed;
import org.tessera.crm.document.control.TemplateReport;
import org.tessera.crm.document.entity.DocumentTemplate;
import org.tessera.crm.document.entity.GeneratedDocument;
import org.tessera.crm.field.boundary.FieldValues;
import org.tessera.crm.field.boundary.Fields;
import org.tessera.crm.field.entity.Field;
import org.tessera.crm.file.boundary.StoredFiles;
import org.tessera.crm.file.entity.StoredFile;
import org.tessera.crm.item.boundary.ItemEvent;
import org.tessera.crm.item.boundary.Items;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.itemtype.boundary.ItemTypes;
import org.tessera.crm.itemtype.entity.ItemType;
import org.tessera.crm.product.boundary.ItemProducts;
import org.tessera.crm.product.entity.ProductRow;
import org.tessera.crm.relation.boundary.Clients;
import org.tessera.crm.security.boundary.Users;
import org.tessera.crm.security.entity.Roles;
import org.tessera.crm.security.entity.User;
import org.tessera.crm.shared.entity.BusinessRuleViolation;
import org.tessera.crm.shared.entity.UnknownEntity;
import org.tessera.crm.stage.boundary.Pipelines;
import org.tessera.crm.timeline.boundary.Timeline;

/**
 * Word documents from templates (M19): admins upload checked templates; users make a numbered
 * document for an item, stored and told on its timeline. Values come through {@link
 * FieldValues#of(Item)}, so fields the user may not see never reach a document.
 */
@Stateless
@RolesAllowed({Roles.ADMIN, Roles.USER})
public class Documents {

  public static final String DOCX =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  @PersistenceContext EntityManager em;
  @EJB ItemTypes itemTypes;
  @EJB Pipelines pipelines;
  @EJB Items items;
  @EJB ItemProducts itemProducts;
  @EJB Fields fields;
  @EJB Users users;
  @EJB StoredFiles storedFiles;
  @EJB Timeline timeline;
  @Inject OpenTemplates openTemplates;
  @EJB PlaceholderSource placeholderSource;
  @Inject Event<ItemEvent> itemEvents;

  @Inject
  @ConfigProperty(name = "crm.documents.soffice", defaultValue = "soffice")
  String soffice;

  @Inject
  @ConfigProperty(name = "crm.documents.pdf-timeout-seconds", defaultValue = "120")
  long pdfTimeoutSeconds;

  /** Checks and stores a template; an unsafe or broken file is refused and nothing is stored. */
  @AuditLogged
  public TemplateUpload addTemplate(@NotNull @Valid NewTemplate request, byte[] docx) {
    ItemType type = itemTypes.settable(request.typeCode());
    if (request.pipelineId() != null
        && !pipelines.find(request.pipelineId()).getItemType().getId().equals(type.getId())) {
      throw new BusinessRuleViolation(
          "document.pipeline-foreign", "The pipeline is not one of " + type.getName());
    }
    TemplateReport report = check(type, DocxTemplate.open(docx));
    StoredFile file = store(request.name() + ".docx", docx);
    DocumentTemplate template =
        new DocumentTemplate(
            request.name(), type.getId(), request.pipelineId(), request.numbering(), file.getId());
    em.persist(template);
    em.flush();
    return new TemplateUpload(template, report);
  }

  /** The active templates an item's documents can be made from. */
  public List<DocumentTemplate> templatesFor(long itemId) {
    Item item = items.find(itemId);
    return em.createNamedQuery(DocumentTemplate.ACTIVE_OF_TYPE, DocumentTemplate.class)
        .setParameter("type", item.getItemType().getId())
        .setParameter("pipeline", item.getPipeline() == null ? -1L : item.getPipeline().getId())
        .getResultList();
  }

  /**
   * Makes the next numbered document for the item from the template, with the values the signed-in
   * user may see, stores it and tells it on the item's timeline.
   */
  public GeneratedDocument generate(long itemId, long templateId) {
    Item item = items.find(itemId);
    DocumentTemplate template = usableFor(item, templateId);
    DocxTemplate docx =
        openTemplates.of(
            template.getId(),
            template.getFileId(),
            () -> em.find(StoredFile.class, template.getFileId()).getContent());
    LocalDate today = LocalDate.now(ZoneOffset.UTC);
    String number = template.nextNumber(today);
    byte[] rendered = docx.render(placeholders(item, docx).document(number, today));
    StoredFile file = store(number + ".docx", rendered);
    User author = users.current();
    GeneratedDocument document =
        new GeneratedDocument(item.getId(), template.getId(), number, file.getId(), author, now());
    em.persist(document);
    timeline.documentCreated(item, number, file.getId(), author);
    em.flush();
    itemEvents.fire(
        new ItemEvent(
            ItemEvent.Kind.DOCUMENT_CREATED,
            item,
            Map.of("documentId", document.getId(), "number", number)));
    return document;
  }

  public List<GeneratedDocument> of(long itemId) {
    items.find(itemId);
    return em.createNamedQuery(GeneratedDocument.OF_ITEM, GeneratedDocument.class)
        .setParameter("item", itemId)
        .getResultList();
  }

  /** The .docx of one of the item's documents, for whoever may read the item. */
  public StoredFile fileOf(long itemId, long documentId) {
    items.find(itemId);
    GeneratedDocument document = em.find(GeneratedDocument.class, documentId);
    if (document == null || document.getItemId() != itemId) {
      throw new UnknownEntity("Document", documentId);
    }
    return em.find(StoredFile.class, document.getFileId());
  }

  /** Whether LibreOffice is installed, so that documents can be had as PDF. */
  public boolean pdfAvailable() {
    return pdf().isAvailable();
  }

  /**
   * One of the item's documents as PDF, converted when asked for.
   *
   * @throws BusinessRuleViolation {@code document.no-pdf} without LibreOffice, or when it fails
   */
  public byte[] pdfOf(long itemId, long documentId) {
    StoredFile docx = fileOf(itemId, documentId);
    try {
      return pdf().convert(docx.getContent());
    } catch (PdfFailed failed) {
      throw new BusinessRuleViolation("document.no-pdf", failed.getMessage());
    }
  }

  private PdfConverter pdf() {
    return new PdfConverter(soffice, Duration.ofSeconds(pdfTimeoutSeconds));
  }

  private TemplateReport check(ItemType type, DocxTemplate template) {
    return template.check(
        ItemPlaceholders.known(
            type.getCode(),
            codesOf(type),
            Map.of(
                Clients.CONTACT,
                codesOf(itemTypes.byCode(Clients.CONTACT)),
                Clients.COMPANY,
                codesOf(itemTypes.byCode(Clients.COMPANY)))));
  }

  private List<String> codesOf(ItemType type) {
    return fields.ofType(type).stream().map(Field::getCode).toList();
  }

  /** The template, locked so that two documents never get the same number. */
  private DocumentTemplate usableFor(Item item, long templateId) {
    DocumentTemplate template =
        em.find(DocumentTemplate.class, templateId, LockModeType.PESSIMISTIC_WRITE);
    if (template == null) {
      throw new UnknownEntity("Template", templateId);
    }
    boolean samePipeline =
        template.getPipelineId() == null
            || (item.getPipeline() != null
                && template.getPipelineId().equals(item.getPipeline().getId()));
    if (!template.isActive()
        || template.getItemTypeId() != item.getItemType().getId()
        || !samePipeline) {
      throw new BusinessRuleViolation(
          "document.template-unusable",
          "Template '" + template.getName() + "' is not for this item or is switched off");
    }
    return template;
  }

  private ItemPlaceholders placeholders(Item item, DocxTemplate docx) {
    ItemPlaceholders placeholders = placeholderSource.of(item, docx.locale());
    List<ProductRow> rows = itemProducts.of(item.getId());
    rows.forEach(
        row ->
            placeholders.product(
                row.getName(),
                row.getQuantity(),
                row.getPrice(),
                row.getDiscountPercent(),
                row.getTaxRate(),
                row.total(),
                item.getCurrency()));
    if (!rows.isEmpty()) {
      placeholders.productTotals(
          ProductRow.totalOf(rows), ProductRow.taxOf(rows), item.getCurrency());
    }
    return placeholders;
  }

  private StoredFile store(String name, byte[] content) {
    try {
      StoredFile file = storedFiles.upload(name, DOCX, new ByteArrayInputStream(content));
      em.flush();
      return file;
    } catch (IOException unreachable) {
      throw new UncheckedIOException(unreachable);
    }
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
