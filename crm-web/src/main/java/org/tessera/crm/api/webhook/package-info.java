/** REST resources for outgoing webhooks and their delivery log. */
package org.tessera.crm.api.webhook;
