package org.tessera.crm.relation.entity;

/** Why two items are linked; the source is the first item of the pair. */
public enum RelationKind {
  /** The target was created from the source; a fact of history, not unlinked. */
  CREATED_FROM,
  /** A user linked the two. */
  LINKED,
  /** The source is a lead from a client the target (contact or company) already was. */
  REPEAT_OF
}
