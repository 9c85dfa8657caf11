package org.sutiao.fees.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import org.sutiao.fees.application.CaseFeeService;
import org.sutiao.fees.application.FeeScheduleService;
import org.sutiao.shared.domain.BusinessTime;

import java.time.Clock;
import java.util.List;

/**
 * {@code GET /api/v1/fees}: every center's fee schedule in force per currency and its whole version history,
 * without login (notice 法办〔2024〕623号 §5(4): fees are public; web.xml leaves exactly this URL unprotected).
 * {@code GET /api/v1/fees/subsidy-statistics}: government subsidies per center and year (HQ).
 */
@Path("/fees")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class FeeResource {
    @Inject
    FeeScheduleService schedules;
    @Inject
    CaseFeeService caseFees;
    @Inject
    Clock clock;

    /** {@code {"asOf":"2026-12-01","centers":[{"code","name","schedules":[{"currency","inForce","history"}]}]}}. */
    @GET
    public FeeJson.Listing list() {
        return new FeeJson.Listing(BusinessTime.dateOf(clock.instant()),
                schedules.publicListing().stream().map(FeeJson.CenterJson::of).toList());
    }

    /**
     * Subsidies per center, year of grant and currency, newest year first: the statistics kept on write, or with
     * {@code recount=true} the same figures computed from the subsidies themselves (to check the kept ones).
     */
    @GET
    @Path("/subsidy-statistics")
    public List<FeeJson.SubsidyStatisticJson> subsidyStatistics(@QueryParam("recount") boolean recount) {
        return caseFees.subsidyStatistics(recount).stream().map(FeeJson.SubsidyStatisticJson::of).toList();
    }
}
