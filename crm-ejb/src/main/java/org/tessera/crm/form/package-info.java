/**
 * Form views of the item card: sections of placed fields and tabs, as the general view, each user's
 * own view and named views assigned to users and departments, and which of them a user gets.
 */
package org.tessera.crm.form;
