/** Backing beans of the pages; the package path mirrors the page's URL path. */
package org.tessera.crm.view;
