package org.tessera.crm.document.boundary;

import org.tessera.crm.document.control.TemplateReport;
import org.tessera.crm.document.entity.DocumentTemplate;

/** A stored template and what its check found. */
public record TemplateUpload(DocumentTemplate template, TemplateReport report) {}
