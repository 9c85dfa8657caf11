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
import org.sutiao.shared.domain.InvalidInputException;

/**
 * {@code /api/v1/cases/{id}/mediation-document} (ENTRUSTED cases): {@code POST /request} a party asks for it;
 * {@code POST {"documentNumber","materialId"}} the court clerk issues it (the document uploaded as a case material);
 * {@code POST /receipt} each party acknowledges receipt, the last one puts it in effect; {@code GET} shows it.
 */
@Path("/cases/{id}/mediation-document")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class MediationDocumentResource {
    @Inject
    ConfirmationService confirmations;

    @GET
    public ConfirmationResource.OutcomeJson document(@PathParam("id") long id) {
        return ConfirmationResource.OutcomeJson.of(confirmations.outcome(id));
    }

    @POST
    @Path("/request")
    public ConfirmationResource.OutcomeJson requestDocument(@PathParam("id") long id) {
        return ConfirmationResource.OutcomeJson.of(confirmations.requestDocument(id));
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public ConfirmationResource.OutcomeJson issue(@PathParam("id") long id, ConfirmationResource.IssueRequest body) {
        if (body == null) {
            throw new InvalidInputException("documentNumber", "validation.required");
        }
        return ConfirmationResource.OutcomeJson.of(confirmations.issueDocument(id, body.documentNumber(), body.materialId()));
    }

    @POST
    @Path("/receipt")
    public ConfirmationResource.OutcomeJson receive(@PathParam("id") long id) {
        return ConfirmationResource.OutcomeJson.of(confirmations.receiveDocument(id));
    }
}
