/** The Kanban board: one column per stage with its count and sum, cards a page at a time. */
package org.tessera.crm.kanban;
