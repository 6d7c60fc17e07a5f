/**
 * Kinds of CRM items: the shipped system types and the admin's custom types ("smart processes").
 */
package org.tessera.crm.itemtype;
