/**
 * Items made from other items (a deal from a lead, an invoice from a deal) with their fields
 * mapped, and the links between items that the Dependencies tab shows from both ends.
 */
package org.tessera.crm.relation;
