package org.sutiao.fees.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.fees.application.CenterFees;
import org.sutiao.fees.application.FeeScheduleService;
import org.sutiao.shared.domain.BusinessTime;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

/**
 * The public fee page {@code /fees.xhtml} (also {@code /fees}), open without login (notice 法办〔2024〕623号 §5(4)):
 * every center's schedule in force per currency and every version.
 */
@Named
@RequestScoped
public class PublicFeesView {
    @Inject
    FeeScheduleService schedules;
    @Inject
    Clock clock;
    private List<CenterFees> centers;

    /** Every center with its published fees, in code order (loaded once per request). */
    public List<CenterFees> getCenters() {
        if (centers == null) {
            centers = schedules.publicListing();
        }
        return centers;
    }

    /** The Beijing date the listing is for. */
    public LocalDate getAsOf() {
        return BusinessTime.dateOf(clock.instant());
    }
}
