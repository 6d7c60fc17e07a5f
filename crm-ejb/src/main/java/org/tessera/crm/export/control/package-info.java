/**
 * The export's spreadsheet, without a container: the columns a reader gets, an item's typed cells,
 * and the streaming .xlsx sheet they are written to.
 */
package org.tessera.crm.export.control;
