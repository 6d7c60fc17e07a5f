/**
 * Excel exports of an item list or board: the items a filter selects, read a page at a time, with
 * the fields the reader may see, written to an .xlsx workbook as they are read.
 */
package org.tessera.crm.export;
