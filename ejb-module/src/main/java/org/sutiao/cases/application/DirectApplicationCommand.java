package org.sutiao.cases.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.util.List;

/**
 * A party's direct application to a center (notice 法办〔2024〕623号 §4(4)5), as it reaches the service from the
 * page or {@code POST /api/v1/applications}. The applicant is the calling account's confirmed identity, never a
 * field; {@code applicantPhone}/{@code applicantAddress} add its contact details.
 *
 * @param claimAmount           the sum of the monetary claims; null when every claim is non-monetary
 * @param respondents           the respondents (role RESPONDENT) and any third parties (THIRD_PARTY)
 * @param preferredMediatorCode a mediator of that center on the approved national roster, or null
 */
public record DirectApplicationCommand(
        @NotBlank @Size(max = 30) String centerCode,
        @NotBlank @Size(max = 60) String causeOfAction,
        @Size(max = 30) String disputeType,
        @NotBlank @Size(max = 4000) String facts,
        @Valid ReferralCommand.MoneyInput claimAmount,
        @Size(max = 40) @Pattern(regexp = ReferralCommand.PHONE, message = "{validation.phone}") String applicantPhone,
        @Size(max = 300) String applicantAddress,
        @NotEmpty @Size(max = ReferralCommand.MAX_PARTIES, message = "{validation.count}") @Valid
        List<ReferralCommand.@NotNull PartyInput> respondents,
        @NotEmpty @Size(max = ReferralCommand.MAX_CLAIMS, message = "{validation.count}") @Valid
        List<ReferralCommand.@NotNull ClaimInput> claims,
        @Size(max = ReferralCommand.MAX_MATERIALS, message = "{validation.count}") @Valid
        List<ReferralCommand.@NotNull MaterialInput> materials,
        @Size(max = 20) String preferredMediatorCode) {
}
