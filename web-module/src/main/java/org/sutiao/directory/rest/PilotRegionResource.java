package org.sutiao.directory.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.sutiao.directory.application.PilotRegionService;
import org.sutiao.directory.domain.PilotRegion;
import org.sutiao.shared.domain.InvalidInputException;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * {@code /api/v1/pilot-regions}: the regions taking part and from when (any logged-in role);
 * {@code PUT /pilot-regions/{region} {"enabledFrom":"2027-01-01"}} enables one (HQ).
 */
@Path("/pilot-regions")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class PilotRegionResource {
    @Inject
    PilotRegionService regions;

    /** A region on the wire. */
    public record RegionJson(String region, LocalDate enabledFrom) {
        static RegionJson of(PilotRegion r) {
            return new RegionJson(r.region(), r.enabledFrom());
        }
    }

    /** Body of PUT. */
    public record EnableRequest(String enabledFrom) {
    }

    @GET
    public List<RegionJson> list() {
        return regions.regions().stream().map(RegionJson::of).toList();
    }

    @PUT
    @Path("/{region}")
    @Consumes(MediaType.APPLICATION_JSON)
    public RegionJson enable(@PathParam("region") String region, EnableRequest body) {
        LocalDate from;
        try {
            from = body == null || body.enabledFrom() == null ? null : LocalDate.parse(body.enabledFrom().strip());
        } catch (DateTimeParseException e) {
            throw new InvalidInputException("enabledFrom", "validation.value", body.enabledFrom());
        }
        return RegionJson.of(regions.enable(region, from));
    }
}
