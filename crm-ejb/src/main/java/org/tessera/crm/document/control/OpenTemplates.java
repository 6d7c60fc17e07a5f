package org.tessera.crm.document.control;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;

/**
 * Templates opened once and kept: opening parses the Word parts, rendering does not (see
 * docs/documents.md). Keyed by template id and stored file, so a replaced file is opened anew.
 */
@ApplicationScoped
public class OpenTemplates {

  private record Key(long templateId, long fileId) {}

  private final Map<Key, DocxTemplate> open = new ConcurrentHashMap<>();

  public DocxTemplate of(long templateId, long fileId, Supplier<byte[]> content) {
    return open.computeIfAbsent(
        new Key(templateId, fileId), key -> DocxTemplate.open(content.get()));
  }
}
