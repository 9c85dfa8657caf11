package org.sutiao.cases.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.sutiao.cases.application.CaseQueryService;
import org.sutiao.cases.application.InboxItem;
import org.sutiao.shared.application.Messages;
import org.sutiao.shared.rest.RequestLocale;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Locale;

/**
 * {@code GET /api/v1/inbox}: what waits for the caller's action, soonest deadline first; each item is the case
 * summary plus the action's stable code, its label in the language of {@code Accept-Language} and its due date.
 */
@Path("/inbox")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InboxResource {
    @Inject
    CaseQueryService queries;
    @Context
    HttpHeaders headers;

    /** The inbox: {@code {"total":n,"first":…,"size":…,"items":[item, …]}}; {@code total} counts every item. */
    public record Inbox(long total, int first, int size, List<ItemJson> items) {
    }

    /**
     * One item: the fields of the case summary ({@link CaseJson}) and {@code action} (an
     * {@link org.sutiao.cases.domain.InboxAction} code), {@code actionLabel}, {@code actionDueDate} (absent when
     * the action has no deadline), {@code actionDueDateProvisional} and {@code mediationDueDateProvisional} (dates
     * computed without the holiday notice of their year).
     */
    public record ItemJson(Long id, long version, String caseNumber, String source, String kind,
                           String courtCaseNumber, String courtCode, String centerCode, String centerName,
                           String causeOfAction, String disputeType, MoneyJson claimAmount, String status,
                           OffsetDateTime pushedAt, OffsetDateTime acceptanceDueAt, LocalDate acceptanceDueDate,
                           Boolean acceptanceDueProvisional, Boolean acceptanceOverdue, Integer workingDaysLeft,
                           String mediatorCode, LocalDate mediationDueDate, String action, String actionLabel,
                           LocalDate actionDueDate, boolean actionDueDateProvisional,
                           Boolean mediationDueDateProvisional, Boolean acceptanceLapsed) {

        static ItemJson of(InboxItem item, Locale locale) {
            CaseJson s = CaseJson.summary(item.summary());
            return new ItemJson(s.id(), s.version(), s.caseNumber(), s.source(), s.kind(), s.courtCaseNumber(),
                    s.courtCode(), s.centerCode(), s.centerName(), s.causeOfAction(), s.disputeType(),
                    s.claimAmount(), s.status(), s.pushedAt(), s.acceptanceDueAt(), s.acceptanceDueDate(),
                    s.acceptanceDueProvisional(), s.acceptanceOverdue(), s.workingDaysLeft(), s.mediatorCode(),
                    s.mediationDueDate(), item.action().name(), Messages.get(locale, item.action().labelKey()),
                    item.dueDate(), item.dueDateProvisional(), s.mediationDueDateProvisional(), s.acceptanceLapsed());
        }
    }

    /**
     * A page of the caller's inbox, every item counted (issue 10 §2: no silent cap).
     *
     * @param firstParam offset of the first item (default 0)
     * @param sizeParam  items per page, 1–500 (default 100)
     */
    @GET
    public Inbox inbox(@QueryParam("first") @DefaultValue("0") String firstParam,
                       @QueryParam("size") @DefaultValue("100") String sizeParam) {
        int first = org.sutiao.shared.rest.Params.integer("first", firstParam, 0, Integer.MAX_VALUE);
        int size = org.sutiao.shared.rest.Params.integer("size", sizeParam, 1, 500);
        Locale locale = RequestLocale.of(headers);
        var page = queries.inbox(first, size);
        return new Inbox(page.total(), page.first(), page.size(),
                page.rows().stream().map(i -> ItemJson.of(i, locale)).toList());
    }
}
