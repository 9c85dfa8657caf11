package org.sutiao.cases.application;

import java.io.Serializable;

/**
 * A court or mediation center as a list filter offers it: its code, full name and short name
 * ({@link org.sutiao.shared.domain.ShortNames}).
 */
public record OrgOption(String code, String name, String shortName) implements Serializable {
}
