package org.tessera.crm.document.control;

/** LibreOffice is missing or could not turn the document into PDF; the message says why. */
public class PdfFailed extends RuntimeException {

  public PdfFailed(String message) {
    super(message);
  }
}
