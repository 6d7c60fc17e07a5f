/** Fields of the item card: system and custom field metadata, and custom field values by type. */
package org.tessera.crm.field;
