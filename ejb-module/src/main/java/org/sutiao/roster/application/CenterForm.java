package org.sutiao.roster.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.sutiao.roster.domain.CenterOrgForm;
import org.sutiao.roster.domain.CenterStatus;
import org.sutiao.roster.domain.MediationCenter;
import org.sutiao.roster.domain.Venue;
import org.sutiao.roster.domain.VenueKind;

import java.time.LocalDate;
import java.util.List;

/**
 * The center-construction facts HQ edits (notice 法办〔2024〕623号 §4(2)), validated at the boundary.
 *
 * @param industry      the industry of an INDUSTRY center (required for it), null for a local one
 * @param officeAreaSqm office floor area in square metres
 * @param confirmationCourtCode the basic court of the center's province where it sits, which rules on judicial
 *                      confirmation of its direct applications (民事诉讼法 Art. 205); blank derives it from the
 *                      address and the court list
 * @param venues        at least the fixed office; mediation rooms and online rooms as they exist
 */
public record CenterForm(
        @NotBlank @Size(max = 120) String name,
        @NotBlank @Size(max = 20) String province,
        @Size(max = 40) String industry,
        @Size(max = 30) String parentCode,
        @NotBlank @Size(max = 200) String address,
        @NotBlank @Size(max = 40) String phone,
        @NotNull CenterOrgForm orgForm,
        @NotNull CenterStatus status,
        LocalDate establishedOn,
        @Min(0) @Max(100000) Integer officeAreaSqm,
        @Size(max = 60) String contactPerson,
        @Email @Size(max = 120) String contactEmail,
        @Size(max = 30) String confirmationCourtCode,
        @NotNull @Size(min = 1, max = 30) List<@NotNull @Valid VenueForm> venues) {

    /** One venue on the form. */
    public record VenueForm(@NotNull VenueKind kind, @NotBlank @Size(max = 100) String name,
                            @Size(max = 200) String address, @Min(0) @Max(10000) Integer seats) {
    }

    /** The domain value. */
    public MediationCenter.CenterFacts facts() {
        return new MediationCenter.CenterFacts(name.strip(), province.strip(), blank(industry), blank(parentCode),
                address.strip(), phone.strip(), orgForm, status, establishedOn, officeAreaSqm, blank(contactPerson),
                blank(contactEmail), venues.stream().map(v -> new Venue(v.kind(), v.name().strip(),
                blank(v.address()), v.seats())).toList());
    }

    /** The form filled with a center's current facts. */
    public static CenterForm of(MediationCenter c) {
        return new CenterForm(c.name(), c.province(), c.industry(), c.parentCode(), c.address(), c.phone(),
                c.orgForm(), c.status(), c.establishedOn(), c.officeAreaSqm(), c.contactPerson(), c.contactEmail(),
                c.confirmationCourt() == null ? null : c.confirmationCourt().code(),
                c.venues().stream().map(v -> new VenueForm(v.kind(), v.name(), v.address(), v.seats())).toList());
    }

    /** The court code entered, stripped, or null when blank (derive from the address). */
    public String confirmationCourt() {
        return blank(confirmationCourtCode);
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
