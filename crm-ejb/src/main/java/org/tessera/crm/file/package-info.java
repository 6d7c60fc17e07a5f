/** Files users upload: the values of file fields, and later generated documents. */
package org.tessera.crm.file;
