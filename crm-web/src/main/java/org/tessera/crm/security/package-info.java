/** How people and API clients sign in: one authentication mechanism over the user table. */
package org.tessera.crm.security;
