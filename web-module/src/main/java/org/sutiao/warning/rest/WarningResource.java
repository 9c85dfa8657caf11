package org.sutiao.warning.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import org.sutiao.shared.application.Messages;
import org.sutiao.shared.domain.BusinessTime;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.rest.Params;
import org.sutiao.shared.rest.RequestLocale;
import org.sutiao.warning.application.ThresholdView;
import org.sutiao.warning.application.Warning;
import org.sutiao.warning.application.WarningCount;
import org.sutiao.warning.application.WarningPage;
import org.sutiao.warning.application.WarningService;
import org.sutiao.warning.domain.WarningKind;

import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Early warnings (预警, issue 11 §2) under {@code /api/v1/evaluation}: the caller's warnings by urgency, their counts
 * per kind for the dashboards, and the thresholds HQ sets. Court clerks and supervisors, HQ, center admins and
 * mediators; others 403.
 */
@Path("/evaluation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class WarningResource {
    @Inject
    WarningService warnings;
    @Context
    HttpHeaders headers;

    /** {@code {"total","totalExact","first","size","items":[…]}}. */
    public record WarningList(long total, boolean totalExact, int first, int size, List<WarningJson> items) {
    }

    /**
     * One warning: the case's metadata (no parties), its {@code kind} (a {@link WarningKind} code) and
     * {@code kindLabel}, the {@code dueDate}, {@code daysLeft} (negative once overdue) in {@code unit}
     * ({@code WORKING} or {@code CALENDAR} days).
     */
    public record WarningJson(Long caseId, String caseNumber, String kind, String kindLabel, LocalDate dueDate,
                              int daysLeft, String unit, boolean overdue, boolean dueDateProvisional, String status,
                              String courtCaseNumber, String courtCode, String centerCode, String centerName,
                              String mediatorCode) {
        static WarningJson of(Warning w, Locale locale) {
            return new WarningJson(w.caseId(), w.caseNumber(), w.kind().name(),
                    Messages.get(locale, "warningKind." + w.kind().name()), w.dueDate(), w.daysLeft(),
                    w.unit().name(), w.overdue(), w.dueDateProvisional(), w.status().name(), w.courtCaseNumber(),
                    w.courtCode(), w.centerCode(), w.centerName(), w.mediatorCode());
        }
    }

    /** One kind's count: {@code count} up to 1,000 ({@code exact} false past it) and its threshold. */
    public record CountJson(String kind, String kindLabel, long count, boolean exact, int thresholdDays, String unit) {
    }

    /** {@code {"items":[{"kind","days","unit","minDays","maxDays","updatedAt","updatedBy"}]}}. */
    public record Thresholds(List<ThresholdJson> items) {
    }

    /** One kind's threshold. */
    public record ThresholdJson(String kind, int days, String unit, int minDays, int maxDays, OffsetDateTime updatedAt,
                                String updatedBy) {
        static ThresholdJson of(ThresholdView t) {
            return new ThresholdJson(t.kind().name(), t.days(), t.unit().name(), t.minDays(), t.maxDays(),
                    t.updatedAt() == null ? null : t.updatedAt().atZone(BusinessTime.ZONE).toOffsetDateTime(), t.updatedBy());
        }
    }

    /**
     * The caller's warnings, most urgent first (overdue first).
     *
     * @param kindParam  a {@link WarningKind} code, or empty for all (an unknown one: 400 on {@code kind})
     * @param firstParam offset 0–10,000 (default 0)
     * @param sizeParam  1–100 (default 20)
     */
    @GET
    @Path("/warnings")
    public WarningList list(@QueryParam("kind") String kindParam,
                            @QueryParam("first") @DefaultValue("0") String firstParam,
                            @QueryParam("size") @DefaultValue("20") String sizeParam) {
        WarningKind kind = null;
        if (kindParam != null && !kindParam.isBlank()) {
            kind = WarningKind.parse(kindParam);
            if (kind == null) {
                throw new InvalidInputException("kind", "validation.value", kindParam);
            }
        }
        int first = Params.integer("first", firstParam, 0, WarningService.MAX_FIRST);
        int size = Params.integer("size", sizeParam, 1, WarningService.MAX_SIZE);
        Locale locale = locale();
        WarningPage page = warnings.warnings(kind, first, size);
        return new WarningList(page.total(), page.totalExact(), page.first(), page.size(),
                page.items().stream().map(w -> WarningJson.of(w, locale)).toList());
    }

    /** The caller's warnings counted per kind: {@code {"items":[{"kind","kindLabel","count","exact",…}]}}. */
    @GET
    @Path("/warnings/counts")
    public CountList counts() {
        Locale locale = locale();
        List<CountJson> items = new ArrayList<>();
        for (WarningCount c : warnings.warningCounts()) {
            items.add(new CountJson(c.kind().name(), Messages.get(locale, "warningKind." + c.kind().name()), c.count(),
                    c.exact(), c.thresholdDays(), c.unit().name()));
        }
        return new CountList(items);
    }

    /** The counts per kind. */
    public record CountList(List<CountJson> items) {
    }

    /** Every kind's threshold. */
    @GET
    @Path("/warning-thresholds")
    public Thresholds thresholds() {
        return new Thresholds(warnings.thresholds().stream().map(ThresholdJson::of).toList());
    }

    /**
     * HQ changes thresholds: {@code {"items":[{"kind":"MEDIATION","days":7},…]}} (kinds left out keep theirs);
     * answers every threshold. 400 naming {@code items}, {@code items[i].kind} or {@code items[i].days}; nothing
     * is written then.
     */
    @PUT
    @Path("/warning-thresholds")
    @Consumes(MediaType.APPLICATION_JSON)
    public Thresholds change(JsonObject body) {
        JsonValue items = body == null ? null : body.get("items");
        if (items == null || items.getValueType() != JsonValue.ValueType.ARRAY || items.asJsonArray().isEmpty()) {
            throw new InvalidInputException("items", "validation.required");
        }
        List<InvalidInputException.FieldError> errors = new ArrayList<>();
        List<WarningService.ThresholdChange> changes = new ArrayList<>();
        for (int i = 0; i < items.asJsonArray().size(); i++) {
            JsonValue v = items.asJsonArray().get(i);
            if (v.getValueType() != JsonValue.ValueType.OBJECT) {
                errors.add(new InvalidInputException.FieldError("items[" + i + "]", "validation.required"));
                continue;
            }
            JsonObject o = v.asJsonObject();
            JsonValue k = o.get("kind");
            WarningKind kind = k instanceof JsonString s ? WarningKind.parse(s.getString()) : null;
            if (kind == null) {
                errors.add(new InvalidInputException.FieldError("items[" + i + "].kind", "validation.value",
                        k == null ? "" : k.toString()));
            }
            JsonValue d = o.get("days");
            Integer days = d instanceof JsonNumber n && n.isIntegral()
                    && n.bigDecimalValue().abs().compareTo(BigDecimal.valueOf(100_000)) < 0
                    ? n.intValue() : null;
            if (days == null) {
                errors.add(new InvalidInputException.FieldError("items[" + i + "].days", "validation.range",
                        kind == null ? 0 : kind.minDays(), kind == null ? 180 : kind.maxDays()));
            }
            if (kind != null && days != null) {
                changes.add(new WarningService.ThresholdChange(kind, days));
            }
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        return new Thresholds(warnings.changeThresholds(changes).stream().map(ThresholdJson::of).toList());
    }

    private Locale locale() {
        return RequestLocale.of(headers);
    }
}
