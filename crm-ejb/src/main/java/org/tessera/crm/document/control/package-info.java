/**
 * Word documents from templates: checks an uploaded .docx, finds its {@code {Placeholders}} even
 * where Word split them across runs, and fills them in, product table rows included.
 */
package org.tessera.crm.document.control;
