/** MicroProfile Health checks: the database for readiness, the heap for liveness. */
package org.tessera.crm.health;
