package org.sutiao.cases.application;

import org.sutiao.cases.domain.CaseStatus;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Function;

/**
 * The orders a case list may take, each with the column it sorts by and whether that column may be empty. Every
 * order ends on the case id in the same direction, so that keyset paging ({@link CaseCursor}) is exact; an empty
 * value counts as greater than every other (last when ascending, first when descending), as PostgreSQL's indexes
 * order them.
 */
public enum CaseSort {
    PUSHED_AT("pushedAt", false, Instant::parse, CaseSummary::pushedAt),
    ACCEPTANCE_DUE_DATE("acceptanceDueDate", true, LocalDate::parse, CaseSummary::acceptanceDueDate),
    CASE_NUMBER("caseNumber", true, s -> s, CaseSummary::caseNumber),
    STATUS("status", false, CaseStatus::valueOf, CaseSummary::status),
    MEDIATION_DUE_DATE("mediationDueDate", true, LocalDate::parse, CaseSummary::mediationDueDate),
    COURT_CASE_NUMBER("courtCaseNumber", true, s -> s, CaseSummary::courtCaseNumber);

    private final String field;
    private final boolean nullable;
    private final Function<String, Object> parser;
    private final Function<CaseSummary, Object> reader;

    CaseSort(String field, boolean nullable, Function<String, Object> parser, Function<CaseSummary, Object> reader) {
        this.field = field;
        this.nullable = nullable;
        this.parser = parser;
        this.reader = reader;
    }

    /** The sort named by an API or table field name; push time (newest first by default) for null or unknown. */
    public static CaseSort of(String field) {
        return Arrays.stream(values()).filter(s -> s.field.equals(field)).findFirst().orElse(PUSHED_AT);
    }

    /** The field name of the API's {@code sort} parameter and of {@link CaseSummary}. */
    public String field() {
        return field;
    }

    /** True when the column may be empty (then the keyset pages in two segments). */
    public boolean nullable() {
        return nullable;
    }

    Object parse(String text) {
        return parser.apply(text);
    }

    /** The row's value of this sort, as a cursor keeps it. */
    Object valueOf(CaseSummary row) {
        return reader.apply(row);
    }
}
