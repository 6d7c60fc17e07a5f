package org.tessera.crm.communication.control;

import jakarta.mail.MessagingException;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import java.io.IOException;
import java.util.Optional;

/**
 * The plain text of a mail: its first text/plain part that is no attachment, else its first
 * text/html part as text, else nothing.
 */
final class MailText {

  private MailText() {}

  static String of(Part mail) throws MessagingException, IOException {
    Optional<String> plain = first(mail, "text/plain");
    if (plain.isPresent()) {
      return plain.get();
    }
    return first(mail, "text/html").map(HtmlText::of).orElse("");
  }

  private static Optional<String> first(Part part, String mimeType)
      throws MessagingException, IOException {
    if (Part.ATTACHMENT.equalsIgnoreCase(part.getDisposition())) {
      return Optional.empty();
    }
    if (part.isMimeType(mimeType)) {
      return Optional.of(part.getContent().toString());
    }
    if (part.isMimeType("multipart/*")) {
      Multipart parts = (Multipart) part.getContent();
      for (int i = 0; i < parts.getCount(); i++) {
        Optional<String> found = first(parts.getBodyPart(i), mimeType);
        if (found.isPresent()) {
          return found;
        }
      }
    }
    return Optional.empty();
  }
}
