package org.tessera.crm.timeline.entity;

/** What a timeline entry tells. */
public enum EntryKind {
  COMMENT,
  STAGE_CHANGE,
  ITEM_CREATED,
  CREATED_FROM,
  CREATED_FROM_THIS,
  DOCUMENT_CREATED,
  COMMUNICATION,
  ACTIVITY_PLANNED,
  ACTIVITY_DONE,
  FIELD_CHANGE
}
