package org.sutiao.agreements.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.sutiao.agreements.application.AgreementService;
import org.sutiao.agreements.domain.Agreement;
import org.sutiao.agreements.domain.AgreementContent;
import org.sutiao.agreements.domain.ClaimOutcome;
import org.sutiao.agreements.domain.Obligation;
import org.sutiao.cases.domain.AgreementScope;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.PlainText;
import org.sutiao.shared.rest.Params;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;

/**
 * {@code /api/v1/cases/{id}/agreement}: {@code GET} the agreement with {@code documentSha256}, its signatures and who
 * still signs; {@code PUT} (mediator) drafts or changes it — rendered from the template, or {@code scanBase64} of a
 * signed scan; {@code POST /signatures {"documentSha256"}} signs the current document (party, mediator, center seal).
 * The document itself is {@code GET /cases/{id}/agreement.pdf}.
 */
@Path("/cases/{id}/agreement")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class AgreementResource {
    @Inject
    AgreementService agreements;

    /** Body of PUT. */
    public record AgreementRequest(String scope, List<OutcomeJson> claimOutcomes,
                                   @PlainText(multiline = true) String facts, @PlainText(multiline = true) String terms,
                                   List<ObligationJson> obligations, String scanFileName,
                                   @PlainText(multiline = true) String scanBase64) {
    }

    /** A claim settled or not. */
    public record OutcomeJson(Integer claimSeq, Boolean settled) {
    }

    /** Money on the wire. */
    public record MoneyJson(String amount, String currency) implements org.sutiao.shared.application.WireMoney {
    }

    /** An obligation on the wire. */
    public record ObligationJson(Integer seq, Long obligorPartyId, Long obligeePartyId,
                                 @PlainText(multiline = true) String description, MoneyJson amount, String dueDate,
                                 @PlainText(multiline = true) String method, LocalDate performedOn,
                                 @PlainText(multiline = true) String evidence) {
        static ObligationJson of(Obligation o) {
            return new ObligationJson(o.seq(), o.obligorPartyId(), o.obligeePartyId(), o.description(),
                    o.amount() == null ? null : new MoneyJson(o.amount().toPlainString(), o.currency()),
                    String.valueOf(o.dueDate()), o.method(), o.performedOn(), o.evidence());
        }
    }

    /** A signature. */
    public record SignatureJson(int revision, String role, Long partyId, String signer, String signerName,
                                Instant signedAt, String documentSha256) {
    }

    /** The agreement on the wire. */
    public record AgreementJson(int revision, String scope, String status, String facts, String terms,
                                List<OutcomeJson> claimOutcomes, List<ObligationJson> obligations,
                                boolean uploadedScan, String documentSha256, Instant effectiveAt,
                                List<SignatureJson> signatures, List<String> missingSignatures) {
        static AgreementJson of(AgreementService.AgreementView v) {
            Agreement a = v.agreement();
            return new AgreementJson(a.revision(), a.scope().name(), a.status().name(), a.facts(), a.terms(),
                    a.claimOutcomes().stream().map(o -> new OutcomeJson(o.claimSeq(), o.settled())).toList(),
                    a.obligations().stream().map(ObligationJson::of).toList(), a.uploadedScan(), a.documentSha256(),
                    a.effectiveAt(), v.signatures().stream().map(s -> new SignatureJson(s.revision(), s.role().name(),
                    s.partyId(), s.signer(), s.signerName(), s.signedAt(), s.documentSha256())).toList(), v.missing());
        }
    }

    /** Body of POST /signatures. */
    public record SignRequest(String documentSha256) {
    }

    @GET
    public AgreementJson get(@PathParam("id") long id) {
        return AgreementJson.of(agreements.view(id));
    }

    @PUT
    @Consumes(MediaType.APPLICATION_JSON)
    public AgreementJson draft(@PathParam("id") long id, AgreementRequest body) {
        if (body == null) {
            throw new InvalidInputException("scope", "validation.required");
        }
        byte[] scan = null;
        if (body.scanBase64() != null && !body.scanBase64().isBlank()) {
            try {
                scan = org.sutiao.shared.rest.Base64Spool.decode(body.scanBase64());
            } catch (IllegalArgumentException e) {
                throw new InvalidInputException("scanBase64", "validation.base64");
            }
        }
        return AgreementJson.of(agreements.draft(id, content(body), body.scanFileName(), scan));
    }

    @POST
    @Path("/signatures")
    @Consumes(MediaType.APPLICATION_JSON)
    public AgreementJson sign(@PathParam("id") long id, SignRequest body) {
        return AgreementJson.of(agreements.sign(id, body == null ? null : body.documentSha256()));
    }

    /** The content from the wire; malformed values are 400s naming their field. */
    static AgreementContent content(AgreementRequest b) {
        List<OutcomeJson> outs = b.claimOutcomes() == null ? List.of() : b.claimOutcomes();
        List<ClaimOutcome> outcomes = new java.util.ArrayList<>();
        for (int i = 0; i < outs.size(); i++) {
            OutcomeJson o = outs.get(i);
            if (o == null || o.claimSeq() == null || o.settled() == null) {
                throw new InvalidInputException("claimOutcomes[" + i + "]", "validation.required");
            }
            outcomes.add(new ClaimOutcome(o.claimSeq(), o.settled()));
        }
        List<ObligationJson> obs = b.obligations() == null ? List.of() : b.obligations();
        List<Obligation> obligations = new java.util.ArrayList<>();
        for (int i = 0; i < obs.size(); i++) {
            ObligationJson o = obs.get(i);
            String f = "obligations[" + i + "]";
            if (o == null || o.obligorPartyId() == null || o.obligeePartyId() == null) {
                throw new InvalidInputException(f, "validation.required");
            }
            BigDecimal amount = o.amount() == null ? null : Params.decimal(f + ".amount", o.amount().amount());
            String currency = o.amount() == null || o.amount().currency() == null ? null
                    : o.amount().currency().strip().toUpperCase();
            if (currency != null && !currency.matches("[A-Z]{3}")) {
                throw new InvalidInputException(f + ".amount", "validation.value", currency);
            }
            obligations.add(new Obligation(i + 1, o.obligorPartyId(), o.obligeePartyId(), o.description(), amount,
                    currency, Params.date(f + ".dueDate", o.dueDate()), o.method()));
        }
        return new AgreementContent(Params.enumValue("scope", AgreementScope.class, b.scope()), outcomes, b.facts(),
                b.terms(), obligations);
    }
}
