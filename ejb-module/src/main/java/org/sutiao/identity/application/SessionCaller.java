package org.sutiao.identity.application;

import java.io.Serializable;
import java.util.Set;

/**
 * The caller kept in the HTTP session after a form login, re-announced to the container on every request.
 *
 * @param name   the username
 * @param groups the roles
 */
public record SessionCaller(String name, Set<String> groups) implements Serializable {
}
