package org.tessera.crm.security;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.tessera.crm.shared.boundary.DatabaseMigrations;

/** Checks logins against the PBKDF2 hashes in {@code crm_user}; inactive users cannot sign in. */
@DatabaseIdentityStoreDefinition(
    dataSourceLookup = DatabaseMigrations.DATA_SOURCE,
    callerQuery = "select password_hash from crm_user where login = ? and active = true",
    groupsQuery =
        "select r.role_name from crm_user_role r join crm_user u on u.id = r.user_id"
            + " where u.login = ?",
    hashAlgorithm = Pbkdf2PasswordHash.class)
@ApplicationScoped
public class UserTableIdentityStore {}
