package org.tessera.crm.view.items;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.tessera.crm.field.boundary.Fields;
import org.tessera.crm.field.entity.Field;
import org.tessera.crm.form.boundary.FormViews;
import org.tessera.crm.form.entity.CardTab;
import org.tessera.crm.security.boundary.Users;
import org.tessera.crm.security.entity.Department;
import org.tessera.crm.security.entity.User;
import org.tessera.crm.stage.boundary.Pipelines;
import org.tessera.crm.stage.entity.Stage;
import org.tessera.crm.view.Messages;
import org.tessera.crm.view.NewFieldForm;

/**
 * Arranging the card's form view: sections, fields, tabs, which view to use, and (for admins) the
 * required stages and visibility of a field. A user who may not change the view they see changes
 * their own copy of it.
 */
@Named("cardLayout")
@ViewScoped
public class CardLayoutBacking implements Serializable {

  private static final int AT_THE_END = Integer.MAX_VALUE;

  @Inject CardBacking card;
  @Inject FormViews formViews;
  @Inject Fields fields;
  @Inject Pipelines pipelines;
  @Inject Users users;
  @Inject NewFieldForm newField;

  private Long chosenViewId;
  private String viewName;
  private List<String> viewUserIds = new ArrayList<>();
  private List<String> viewDepartmentIds = new ArrayList<>();
  private String sectionTitle;
  private String sectionId;
  private Long hiddenFieldId;
  private Long fieldId;
  private String fieldLabel;
  private boolean requiredEverywhere;
  private boolean audited;
  private List<String> requiredStageIds = new ArrayList<>();
  private List<String> visibleUserIds = new ArrayList<>();
  private List<String> visibleDepartmentIds = new ArrayList<>();

  public void chooseView() {
    formViews.choose(card.getTypeCode(), chosenViewId);
    card.reload();
  }

  public void prepareSection(CardSection section) {
    sectionId = section == null ? null : section.id();
    sectionTitle = section == null ? null : section.title();
  }

  /** Adds a section, or renames the one chosen with {@link #prepareSection}. */
  public void saveSection() {
    long view = arrangeable();
    if (sectionId == null) {
      formViews.addSection(view, sectionTitle);
    } else {
      formViews.renameSection(view, sectionId, sectionTitle);
    }
    card.reload();
  }

  public void moveSection(CardSection section, int index) {
    formViews.moveSection(arrangeable(), section.id(), index);
    card.reload();
  }

  public void deleteSection(CardSection section) {
    formViews.deleteSection(arrangeable(), section.id());
    card.reload();
  }

  public void hide(CardField field) {
    formViews.hideField(arrangeable(), field.id());
    card.reload();
  }

  public void moveField(CardField field, CardSection section, int index) {
    formViews.placeField(arrangeable(), field.id(), section.id(), Math.max(index, 0));
    card.reload();
  }

  /** A field dropped on a section (by drag and drop) goes to its end. */
  public void dropField() {
    Map<String, String> params = requestParameters();
    formViews.placeField(
        arrangeable(), Long.parseLong(params.get("field")), params.get("section"), AT_THE_END);
    card.reload();
  }

  /** A section dropped on another takes its place. */
  public void dropSection() {
    Map<String, String> params = requestParameters();
    formViews.moveSection(
        arrangeable(), params.get("section"), Integer.parseInt(params.get("index")));
    card.reload();
  }

  /** "Select field": shows a hidden field at the end of the chosen section. */
  public void showField() {
    formViews.placeField(arrangeable(), hiddenFieldId, sectionId, AT_THE_END);
    hiddenFieldId = null;
    card.reload();
  }

  public void createField() {
    Field field = fields.create(newField.request(card.getTypeCode()));
    formViews.placeField(arrangeable(), field.getId(), sectionId, AT_THE_END);
    Messages.info("fields.created", newField.getLabelEn());
    newField.clear();
    card.reload();
  }

  public void moveTab(CardTab tab, int index, boolean hidden) {
    formViews.arrangeTab(arrangeable(), tab, index, hidden);
    card.reload();
  }

  public void resetGeneral() {
    formViews.resetGeneral(card.getTypeCode());
    card.reload();
  }

  public void setForEveryone(boolean everyone) {
    formViews.setGeneralForEveryone(card.getTypeCode(), everyone);
    card.reload();
  }

  /** A named view, made from the general view, for the chosen users and departments. */
  public void createNamedView() {
    formViews.createNamed(
        card.getTypeCode(), viewName, longs(viewUserIds), longs(viewDepartmentIds));
    Messages.info("card.namedViewCreated", viewName);
    viewName = null;
    viewUserIds = new ArrayList<>();
    viewDepartmentIds = new ArrayList<>();
    card.reload();
  }

  public void resetMine() {
    formViews.resetMine(card.getTypeCode());
    card.reload();
  }

  /** Loads a field's requirement and visibility into the configuration dialog. */
  public void configure(CardField cardField) {
    Field field = fields.find(cardField.id());
    fieldId = field.getId();
    fieldLabel = cardField.label();
    requiredEverywhere = field.isRequiredEverywhere();
    audited = field.isAudited();
    requiredStageIds = strings(field.getRequiredStageIds());
    visibleUserIds = strings(field.getVisibleToUserIds());
    visibleDepartmentIds = strings(field.getVisibleToDepartmentIds());
  }

  public void saveConfiguration() {
    Field field = fields.find(fieldId);
    if (field.getItemColumn() == null || !field.getItemColumn().isAlwaysFilled()) {
      fields.requireAt(fieldId, requiredEverywhere, longs(requiredStageIds));
    }
    if (field.getItemColumn() == null) {
      fields.showOnlyTo(fieldId, longs(visibleUserIds), longs(visibleDepartmentIds));
    }
    fields.audit(fieldId, audited);
    Messages.info("card.fieldConfigured", fieldLabel);
    card.reload();
  }

  public List<Stage> getStages() {
    return pipelines.allOfType(card.getTypeCode()).stream()
        .flatMap(p -> p.getStages().stream())
        .toList();
  }

  public List<User> getUsers() {
    return users.active();
  }

  public List<Department> getDepartments() {
    return users.departments();
  }

  /** The view the user changes: the one they see if they may, else their own copy of it. */
  private long arrangeable() {
    return formViews.arrangeableFor(card.getTypeCode()).getId();
  }

  private static Map<String, String> requestParameters() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
  }

  private static List<String> strings(Set<Long> ids) {
    return ids.stream().map(String::valueOf).toList();
  }

  private static Set<Long> longs(List<String> ids) {
    Set<Long> parsed = new HashSet<>();
    ids.forEach(id -> parsed.add(Long.valueOf(id)));
    return parsed;
  }

  public NewFieldForm getNewField() {
    return newField;
  }

  public Long getChosenViewId() {
    return chosenViewId == null ? card.getForm().view().id() : chosenViewId;
  }

  public void setChosenViewId(Long chosenViewId) {
    this.chosenViewId = chosenViewId;
  }

  public String getViewName() {
    return viewName;
  }

  public void setViewName(String viewName) {
    this.viewName = viewName;
  }

  public List<String> getViewUserIds() {
    return viewUserIds;
  }

  public void setViewUserIds(List<String> viewUserIds) {
    this.viewUserIds = viewUserIds;
  }

  public List<String> getViewDepartmentIds() {
    return viewDepartmentIds;
  }

  public void setViewDepartmentIds(List<String> viewDepartmentIds) {
    this.viewDepartmentIds = viewDepartmentIds;
  }

  public String getSectionTitle() {
    return sectionTitle;
  }

  public void setSectionTitle(String sectionTitle) {
    this.sectionTitle = sectionTitle;
  }

  public String getSectionId() {
    return sectionId;
  }

  public void setSectionId(String sectionId) {
    this.sectionId = sectionId;
  }

  public Long getHiddenFieldId() {
    return hiddenFieldId;
  }

  public void setHiddenFieldId(Long hiddenFieldId) {
    this.hiddenFieldId = hiddenFieldId;
  }

  public String getFieldLabel() {
    return fieldLabel;
  }

  public boolean isAudited() {
    return audited;
  }

  public void setAudited(boolean audited) {
    this.audited = audited;
  }

  public boolean isRequiredEverywhere() {
    return requiredEverywhere;
  }

  public void setRequiredEverywhere(boolean requiredEverywhere) {
    this.requiredEverywhere = requiredEverywhere;
  }

  public List<String> getRequiredStageIds() {
    return requiredStageIds;
  }

  public void setRequiredStageIds(List<String> requiredStageIds) {
    this.requiredStageIds = requiredStageIds;
  }

  public List<String> getVisibleUserIds() {
    return visibleUserIds;
  }

  public void setVisibleUserIds(List<String> visibleUserIds) {
    this.visibleUserIds = visibleUserIds;
  }

  public List<String> getVisibleDepartmentIds() {
    return visibleDepartmentIds;
  }

  public void setVisibleDepartmentIds(List<String> visibleDepartmentIds) {
    this.visibleDepartmentIds = visibleDepartmentIds;
  }
}
