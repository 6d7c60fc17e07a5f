/** Pipelines of an item type and their stages, with the rules that keep a pipeline usable. */
package org.tessera.crm.stage;
