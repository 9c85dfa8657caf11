package org.sutiao.cases.application;

import java.io.Serializable;
import java.util.List;

/**
 * Who a case is between, by name, as a center needs it to judge conflicts before accepting (issue 12): the
 * applicants and the respondents (third parties are left out), each in the order entered.
 */
public record CaseParties(List<String> applicants, List<String> respondents) implements Serializable {
    /** No names (a reader of metadata only, or a case without parties). */
    public static final CaseParties NONE = new CaseParties(List.of(), List.of());
}
