/**
 * The REST API under {@code /api/v1}: resources, their JSON records, and errors as RFC 9457
 * problems.
 */
package org.tessera.crm.api;
