package org.tessera.crm.view.items;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.primefaces.event.FileUploadEvent;
import org.primefaces.model.file.UploadedFile;
import org.tessera.crm.field.boundary.FieldValues;
import org.tessera.crm.file.boundary.StoredFiles;
import org.tessera.crm.file.entity.StoredFile;
import org.tessera.crm.form.boundary.FormViews;
import org.tessera.crm.form.boundary.ResolvedForm;
import org.tessera.crm.form.entity.FormLayout;
import org.tessera.crm.item.boundary.Items;
import org.tessera.crm.item.entity.Item;
import org.tessera.crm.security.boundary.Users;
import org.tessera.crm.shared.entity.Forbidden;
import org.tessera.crm.shared.entity.UnknownEntity;
import org.tessera.crm.stage.entity.Stage;
import org.tessera.crm.stage.entity.StageSemantics;
import org.tessera.crm.view.LayoutBacking;
import org.tessera.crm.view.Messages;
import org.tessera.crm.view.Pages;
import org.tessera.crm.view.UserLocale;

/**
 * The card of one item: its fields in the sections of the user's form view, read or edited. The
 * arranging of the view is {@link CardLayoutBacking}'s.
 */
@Named
@ViewScoped
public class CardBacking implements Serializable {

  /** The tab with the fields and the timeline, always there and first. */
  public static final String GENERAL_TAB = "GENERAL";

  @Inject Items items;
  @Inject FieldValues fieldValues;
  @Inject FormViews formViews;
  @Inject Users users;
  @Inject StoredFiles storedFiles;
  @Inject LayoutBacking layout;
  @Inject UserLocale userLocale;
  @Inject CardTimelineBacking cardTimeline;

  private Long id;
  private String typeCode;
  private String typeLabel;
  private String title;
  private String stageName;
  private String stageColor;
  private long version;
  private boolean closed;
  private BigDecimal amount;
  private List<StageChip> stages = List.of();
  private Long failureStageId;
  private ResolvedForm.Summary form;
  private List<CardSection> sections = List.of();
  private List<CardField> hidden = List.of();
  private boolean editing;
  private String activeTab = GENERAL_TAB;
  private final CardEdits edits = new CardEdits();

  /** The navigation to an item's card, e.g. after creating it from another. */
  public static String outcome(long itemId) {
    return "/items/card?faces-redirect=true&id=" + itemId;
  }

  public void open() {
    try {
      reload();
    } catch (UnknownEntity unknown) {
      Pages.notFound();
    } catch (Forbidden refused) {
      Pages.forbidden();
    }
  }

  /** Reads the item and the user's form view again, e.g. after the view was rearranged. */
  public void reload() {
    Item item = items.find(id == null ? -1 : id);
    typeCode = item.getItemType().getCode();
    typeLabel = layout.label(item.getItemType());
    title = item.getTitle();
    stageName = item.getStage() == null ? null : item.getStage().getName();
    stageColor = item.getStage() == null ? null : item.getStage().getColor();
    version = item.getVersion();
    amount = item.getAmount();
    closed = item.getStage() != null && item.getStage().getSemantics().isFinal();
    stages = item.getPipeline() == null ? List.of() : chips(item);
    Map<String, Object> values = fieldValues.of(item);
    CardFields cardFields =
        new CardFields(
            item,
            values,
            CardFields.namesOf(users.active()),
            storedFiles,
            userLocale.getLocale(),
            Messages.bundle(userLocale.getLocale()));
    ResolvedForm resolved = formViews.forType(typeCode);
    form = resolved.summary();
    sections =
        resolved.sections().stream()
            .map(
                s ->
                    new CardSection(
                        s.id(),
                        s.title() == null ? Messages.text("card.section." + s.id()) : s.title(),
                        s.fields().stream().map(cardFields::of).toList()))
            .toList();
    hidden = resolved.hidden().stream().map(cardFields::of).toList();
    if (editing) {
      edits.fill(item, values, shownFields());
    }
  }

  public void edit() {
    editing = true;
    reload();
  }

  public void cancel() {
    editing = false;
    reload();
  }

  public void save() {
    items.update(id, version, edits.changes(shownFields()));
    editing = false;
    Messages.info("card.saved", title);
    reload();
  }

  /** Moves the item to a stage from the bar at the top; the timeline tells it at once. */
  public void moveTo(long stageId) {
    items.moveToStage(id, version, stageId);
    reload();
    cardTimeline.reload();
  }

  /** The failure stage chosen in the dialog the "failure" part of the bar opens. */
  public void fail() {
    moveTo(failureStageId);
  }

  private static List<StageChip> chips(Item item) {
    List<Stage> all = item.getPipeline().getStages();
    int current = all.indexOf(item.getStage());
    List<StageChip> chips = new ArrayList<>();
    for (int i = 0; i < all.size(); i++) {
      Stage stage = all.get(i);
      chips.add(
          new StageChip(
              stage.getId(),
              stage.getName(),
              stage.getColor(),
              stage.getSemantics() == StageSemantics.FAILURE,
              i == current,
              i <= current));
    }
    return chips;
  }

  /** A file chosen in edit mode is stored at once; saving the card puts it into the field. */
  public void upload(FileUploadEvent event) throws IOException {
    String code = (String) event.getComponent().getAttributes().get("code");
    UploadedFile chosen = event.getFile();
    try (InputStream content = chosen.getInputStream()) {
      StoredFile file = storedFiles.upload(chosen.getFileName(), chosen.getContentType(), content);
      edits.getInputs().put(code, file.getId().toString());
      edits.getInputs().put(code + CardEdits.FILE_NAME, file.getName());
    }
  }

  private List<CardField> shownFields() {
    return sections.stream().flatMap(s -> s.fields().stream()).toList();
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getTypeCode() {
    return typeCode;
  }

  public String getTypeLabel() {
    return typeLabel;
  }

  public String getTitle() {
    return title;
  }

  public BigDecimal getAmount() {
    return amount;
  }

  public long getVersion() {
    return version;
  }

  public String getStageName() {
    return stageName;
  }

  public String getStageColor() {
    return stageColor;
  }

  /** The stages up to success, each its own part of the bar. */
  public List<StageChip> getOpenStages() {
    return stages.stream().filter(chip -> !chip.failure()).toList();
  }

  /** The failure stages, behind one "failure" part of the bar. */
  public List<StageChip> getFailureStages() {
    return stages.stream().filter(StageChip::failure).toList();
  }

  /** The failure stage the item is at, or null. */
  public StageChip getCurrentFailure() {
    return stages.stream().filter(c -> c.failure() && c.current()).findFirst().orElse(null);
  }

  public Long getFailureStageId() {
    return failureStageId;
  }

  public void setFailureStageId(Long failureStageId) {
    this.failureStageId = failureStageId;
  }

  public ResolvedForm.Summary getForm() {
    return form;
  }

  public List<CardSection> getSections() {
    return sections;
  }

  public List<CardField> getHidden() {
    return hidden;
  }

  public List<FormLayout.Tab> getTabs() {
    return form.tabs();
  }

  public List<String> getVisibleTabs() {
    List<String> visible = new ArrayList<>(List.of(GENERAL_TAB));
    form.tabs().stream().filter(t -> !t.hidden()).forEach(t -> visible.add(t.code().name()));
    return visible;
  }

  public String getActiveTab() {
    return getVisibleTabs().contains(activeTab) ? activeTab : GENERAL_TAB;
  }

  public void setActiveTab(String activeTab) {
    this.activeTab = activeTab;
  }

  /** At a success or failure stage: a lead there is not converted again. */
  public boolean isClosed() {
    return closed;
  }

  public boolean isEditing() {
    return editing;
  }

  public Map<String, Object> getInputs() {
    return edits.getInputs();
  }
}
