/** What every feature shares: business exceptions, paging, database start-up and demo data. */
package org.tessera.crm.shared;
