package org.sutiao.roster.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import org.sutiao.roster.application.InvitedRosterService;
import org.sutiao.roster.domain.InvitedRosterEntry;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.rest.Params;

import java.time.LocalDate;
import java.util.List;

/**
 * {@code /api/v1/courts/{courtCode}/invited-roster}: a court's invited roster (特邀调解名册). GET lists it (the
 * court's clerks; HQ and supervisors read any court's); POST adds a center or a mediator
 * ({@code {"centerCode":"CCPIT-L-BJ","validFrom":"2026-12-01","validTo":null}}); DELETE
 * {@code /{entryId}?reason=…} removes one with a reason (URL-encoded, required).
 */
@Path("/courts/{courtCode}/invited-roster")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class InvitedRosterResource {
    @Inject
    InvitedRosterService roster;

    /** An entry on the wire; {@code active} = not removed and valid today. */
    public record EntryJson(Long id, String centerCode, String centerName, String mediatorCode, String mediatorName,
                            LocalDate validFrom, LocalDate validTo, boolean removed, String removalReason) {
        static EntryJson of(InvitedRosterEntry e) {
            return new EntryJson(e.id(), e.center() == null ? null : e.center().code(),
                    e.center() == null ? null : e.center().name(), e.mediator() == null ? null : e.mediator().code(),
                    e.mediator() == null ? null : e.mediator().name(), e.validFrom(), e.validTo(),
                    e.removedAt() != null, e.removalReason());
        }
    }

    /** Body of POST. */
    public record AddRequest(String centerCode, String mediatorCode, String validFrom, String validTo) {
    }

    @GET
    public List<EntryJson> list(@PathParam("courtCode") String courtCode) {
        return roster.entries(courtCode).stream().map(EntryJson::of).toList();
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    public Response add(@PathParam("courtCode") String courtCode, AddRequest body) {
        if (body == null) {
            throw new InvalidInputException("centerCode", "invitedRoster.oneTarget");
        }
        InvitedRosterEntry e = roster.add(courtCode, body.centerCode(), body.mediatorCode(),
                Params.date("validFrom", body.validFrom()), Params.date("validTo", body.validTo()));
        return Response.status(Response.Status.CREATED).entity(EntryJson.of(e)).build();
    }

    @DELETE
    @Path("/{entryId}")
    public Response remove(@PathParam("courtCode") String courtCode, @PathParam("entryId") long entryId,
                           @QueryParam("reason") String reason) {
        roster.remove(courtCode, entryId, reason);
        return Response.noContent().build();
    }
}
