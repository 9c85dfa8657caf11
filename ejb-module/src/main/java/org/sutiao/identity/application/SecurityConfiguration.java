package org.sutiao.identity.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.identitystore.DatabaseIdentityStoreDefinition;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import org.sutiao.identity.domain.Role;

/**
 * The identity store: active accounts in {@code user_account}, passwords as salted PBKDF2-HMAC-SHA256 hashes, the
 * role as the single group, except for an account that must change its password first (issue 13 §1): its only group
 * is {@link Role#PASSWORD_CHANGE_REQUIRED}, so no role's call or page is open to it until it changed the password. Lives in the EJB jar: defined in the WAR, other web modules of the EAR failed (STACK.md).
 */
@ApplicationScoped
@DatabaseIdentityStoreDefinition(
        dataSourceLookup = "java:jboss/datasources/SutiaoDS",
        callerQuery = "select password_hash from user_account where username = ? and active = true",
        groupsQuery = "select case when password_change_required then '" + Role.PASSWORD_CHANGE_REQUIRED
                + "' else role end from user_account where username = ?",
        hashAlgorithm = Pbkdf2PasswordHash.class,
        hashAlgorithmParameters = {
                PasswordHashing.PARAM_ALGORITHM, PasswordHashing.PARAM_ITERATIONS, PasswordHashing.PARAM_SALT})
public class SecurityConfiguration {
}
