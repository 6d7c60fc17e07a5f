/** The timeline of an item: what happened to it, newest first, and the comments on it. */
package org.tessera.crm.timeline;
