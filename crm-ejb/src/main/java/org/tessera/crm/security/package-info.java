/** Users, departments and roles: who works in the CRM and how they sign in. */
package org.tessera.crm.security;
