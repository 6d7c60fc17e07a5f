package org.tessera.crm.view.items;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.tessera.crm.document.boundary.Documents;
import org.tessera.crm.document.entity.DocumentTemplate;
import org.tessera.crm.document.entity.GeneratedDocument;
import org.tessera.crm.view.Messages;

/**
 * The card's "Document" dialog: the templates usable for the item, making a document from one, and
 * the documents made so far to download.
 */
@Named("cardDocuments")
@ViewScoped
public class CardDocumentsBacking implements Serializable {

  @Inject Documents documents;
  @Inject CardBacking card;

  private List<DocumentTemplate> templates = List.of();
  private List<GeneratedDocument> made = List.of();
  private Long templateId;
  private boolean pdfAvailable;

  public void prepare() {
    templates = documents.templatesFor(card.getId());
    made = documents.of(card.getId());
    templateId = templates.isEmpty() ? null : templates.get(0).getId();
    pdfAvailable = documents.pdfAvailable();
  }

  public boolean isPdfAvailable() {
    return pdfAvailable;
  }

  public void generate() {
    GeneratedDocument document = documents.generate(card.getId(), templateId);
    made = documents.of(card.getId());
    Messages.info("documents.madeOne", document.getNumber());
  }

  public List<DocumentTemplate> getTemplates() {
    return templates;
  }

  public List<GeneratedDocument> getMade() {
    return made;
  }

  public Long getTemplateId() {
    return templateId;
  }

  public void setTemplateId(Long templateId) {
    this.templateId = templateId;
  }
}
