package org.tessera.crm.shared.entity;

/** Zero-based page number and page size, clamped to what a list may ask for. */
public record PageRequest(int page, int size) {

  public static final int DEFAULT_SIZE = 50;
  public static final int MAX_SIZE = 200;

  public PageRequest {
    if (page < 0) {
      throw new BusinessRuleViolation("page.negative", "page must be 0 or more");
    }
    if (size < 1 || size > MAX_SIZE) {
      throw new BusinessRuleViolation("page.size", "page size must be between 1 and " + MAX_SIZE);
    }
  }

  public int offset() {
    return page * size;
  }
}
