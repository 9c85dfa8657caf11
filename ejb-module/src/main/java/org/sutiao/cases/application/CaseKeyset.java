package org.sutiao.cases.application;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Keyset paging of case lists (issue 10 §3): the order of a {@link CaseSort} and, after a {@link CaseCursor}, the
 * condition for the rows that follow it. An empty sort value counts as the greatest: ascending lists end with the
 * empty values (by id), descending ones start with them. A nullable sort after a cursor pages in two segments (the
 * rest of the current segment, then the other), each a range an index on (column, id) serves.
 */
final class CaseKeyset {
    private CaseKeyset() {
    }

    /** The queries to run in turn for one page: {@code q} with the order and, after a cursor, the keyset bound. */
    static List<CaseQueryService.Query> segments(CaseQueryService.Query q, CaseSort sort, boolean asc,
                                                 CaseCursor cursor) {
        String x = "c." + sort.field();
        String dir = asc ? " asc" : " desc";
        String nulls = sort.nullable() ? (asc ? " nulls last" : " nulls first") : "";
        String order = " order by " + x + dir + nulls + ", c.id" + dir;
        String byId = " order by c.id" + dir;
        if (cursor == null) {
            return List.of(with(q, "", Map.of(), order));
        }
        Map<String, Object> after = Map.of("keyId", cursor.id());
        String idAfter = asc ? "c.id > :keyId" : "c.id < :keyId";
        if (cursor.value() == null) {
            CaseQueryService.Query nullRest = with(q, " and " + x + " is null and " + idAfter, after, byId);
            // ascending: the empty values come last, nothing follows them; descending: the valued ones follow
            return asc ? List.of(nullRest)
                    : List.of(nullRest, with(q, " and " + x + " is not null", Map.of(), order));
        }
        Map<String, Object> bound = new HashMap<>(after);
        bound.put("keyValue", cursor.value());
        String range = asc
                ? " and " + x + " >= :keyValue and (" + x + " > :keyValue or " + idAfter + ")"
                : " and " + x + " <= :keyValue and (" + x + " < :keyValue or " + idAfter + ")";
        CaseQueryService.Query valued = with(q, range, bound, order);
        return asc && sort.nullable() ? List.of(valued, with(q, " and " + x + " is null", Map.of(), byId))
                : List.of(valued);
    }

    private static CaseQueryService.Query with(CaseQueryService.Query q, String condition, Map<String, Object> extra,
                                               String order) {
        Map<String, Object> params = new HashMap<>(q.parameters());
        params.putAll(extra);
        return new CaseQueryService.Query(q.where() + condition, params, order);
    }
}
