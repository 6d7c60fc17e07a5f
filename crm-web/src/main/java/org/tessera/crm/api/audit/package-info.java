/** REST resources for the history of items and the audit log. */
package org.tessera.crm.api.audit;
