package org.sutiao.confirmation.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.sutiao.confirmation.application.ConfirmationService;
import org.sutiao.confirmation.domain.JudicialConfirmation;
import org.sutiao.confirmation.domain.MediationDocument;
import org.sutiao.confirmation.domain.Ruling;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.PlainText;
import org.sutiao.shared.rest.Params;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;

/**
 * {@code /api/v1/cases/{id}/judicial-confirmation}: {@code POST} a party joins the joint application (the last one
 * sends it to the court); {@code POST /supplement-request {"note"}} and {@code POST /ruling
 * {"ruling":"VALID"|"REJECTED","rulingNumber","rulingDate","materialId","reason"}} by the court clerk; {@code GET}
 * shows it with the mediation document. {@code /api/v1/cases/{id}/mediation-document}: {@code POST /request} a party,
 * {@code POST {"documentNumber","materialId"}} the clerk issues it, {@code POST /receipt} each party.
 */
@Path("/cases/{id}/judicial-confirmation")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class ConfirmationResource {
    @Inject
    ConfirmationService confirmations;

    /** Judicial confirmation on the wire. */
    public record ConfirmationJson(String status, String courtCode, Map<Long, Instant> joins, Instant requestedAt,
                                   LocalDate reviewDueDate, String supplementNote, String ruling, String rulingNumber,
                                   LocalDate rulingDate, Long rulingMaterialId, String reason) {
        static ConfirmationJson of(JudicialConfirmation j) {
            return j == null ? null : new ConfirmationJson(j.status().name(), j.court().code(), j.joins(),
                    j.requestedAt(), j.reviewDueDate(), j.supplementNote(), j.ruling() == null ? null : j.ruling().name(),
                    j.rulingNumber(), j.rulingDate(), j.rulingMaterialId(), j.reason());
        }
    }

    /** The mediation document on the wire. */
    public record DocumentJson(String status, Instant requestedAt, String documentNumber, Instant issuedAt,
                               Long materialId, Map<Long, Instant> receipts, Instant effectiveAt) {
        static DocumentJson of(MediationDocument d) {
            return d == null ? null : new DocumentJson(d.status(), d.requestedAt(), d.documentNumber(), d.issuedAt(),
                    d.materialId(), d.receipts(), d.effectiveAt());
        }
    }

    /**
     * Everything after the settlement; {@code confirmationApplyByProvisional} and {@code reviewDueDateProvisional}
     * mark dates computed without the holiday notice of their year.
     */
    public record OutcomeJson(ConfirmationJson judicialConfirmation, DocumentJson mediationDocument,
                              LocalDate confirmationApplyBy, boolean confirmationApplyByProvisional,
                              boolean reviewDueDateProvisional) {
        static OutcomeJson of(ConfirmationService.Outcome o) {
            return new OutcomeJson(ConfirmationJson.of(o.confirmation()), DocumentJson.of(o.document()), o.applyBy(),
                    o.applyByProvisional(), o.reviewDueProvisional());
        }
    }

    /** Body of POST /supplement-request. */
    public record SupplementRequest(@PlainText(multiline = true) String note) {
    }

    /** Body of POST /ruling. */
    public record RulingRequest(String ruling, String rulingNumber, String rulingDate, Long materialId,
                                @PlainText(multiline = true) String reason) {
    }

    /** Body of POST /mediation-document. */
    public record IssueRequest(String documentNumber, Long materialId) {
    }

    @GET
    public OutcomeJson get(@PathParam("id") long id) {
        return OutcomeJson.of(confirmations.outcome(id));
    }

    @POST
    public OutcomeJson join(@PathParam("id") long id) {
        return OutcomeJson.of(confirmations.join(id));
    }

    @POST
    @Path("/supplement-request")
    @Consumes(MediaType.APPLICATION_JSON)
    public OutcomeJson supplement(@PathParam("id") long id, SupplementRequest body) {
        return OutcomeJson.of(confirmations.requestSupplement(id, body == null ? null : body.note()));
    }

    @POST
    @Path("/ruling")
    @Consumes(MediaType.APPLICATION_JSON)
    public OutcomeJson rule(@PathParam("id") long id, RulingRequest body) {
        if (body == null) {
            throw new InvalidInputException("ruling", "validation.required");
        }
        return OutcomeJson.of(confirmations.rule(id, Params.enumValue("ruling", Ruling.class, body.ruling()),
                body.rulingNumber(), Params.date("rulingDate", body.rulingDate()), body.materialId(), body.reason()));
    }
}
