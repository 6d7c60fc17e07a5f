/** CRM items of every type: their lifecycle through the stages of a pipeline. */
package org.tessera.crm.item;
