/**
 * Who changed what and when: the field changes of each item (its History tab) and the changes of
 * the settings and deletions (the audit log), for admins.
 */
package org.tessera.crm.audit;
