/** Our own company's details ("my company"), kept by admins and written into documents. */
package org.tessera.crm.mycompany;
