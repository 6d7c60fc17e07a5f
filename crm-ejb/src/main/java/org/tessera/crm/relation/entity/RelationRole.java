package org.tessera.crm.relation.entity;

/** What a linked item is to the item one looks at. */
public enum RelationRole {
  /** The item looked at was created from it. */
  SOURCE,
  /** It was created from the item looked at. */
  CREATED_FROM_THIS,
  /** The client a lead repeats, or a repeat lead of the client looked at. */
  REPEAT,
  LINKED
}
