/**
 * Planned activities of items (calls, meetings, tasks), their meeting rooms, reminders and the
 * counters the board shows; notifications to the users concerned.
 */
package org.tessera.crm.activity;
