package org.sutiao.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;

/**
 * The identity store: accounts in {@code user_account}, passwords as salted PBKDF2-HMAC-SHA256 hashes, the role
 * as the single group. Lives in the EJB jar: defined in the WAR, other web modules of the EAR failed (STACK.md).
 */
@ApplicationScoped
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:jboss/datasources/SutiaoDS",
        callerQuery = "select password_hash from user_account where username = ? and active = true",
        groupsQuery = "select role from user_account where username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
                PasswordHashing.PARAM_ALGORITHM, PasswordHashing.PARAM_ITERATIONS, PasswordHashing.PARAM_SALT})
public class SecurityConfiguration {
}
