/**
 * The product catalogue and the product rows of items: an item with rows is priced by them, and
 * documents list them in their product table.
 */
package org.tessera.crm.product;
