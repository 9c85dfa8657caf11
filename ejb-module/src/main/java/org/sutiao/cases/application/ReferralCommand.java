package org.sutiao.cases.application;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.sutiao.cases.domain.PartyRole;
import org.sutiao.cases.domain.PartyType;
import org.sutiao.cases.domain.ReferralKind;

import java.time.Instant;
import java.util.List;

/**
 * A court's referral as it reaches the service (from the page or the API body of DESIGN.md §5). The referring
 * court is the caller's court, never a field. Messages are keys of the {@code messages} bundle.
 *
 * @param consentRecordedAt when the parties consented to mediation; required (特邀调解规定 Art. 11)
 * @param claimAmount       the sum of the monetary claims; null when every claim is non-monetary
 */
public record ReferralCommand(
        @NotNull ReferralKind kind,
        @NotBlank @Size(max = 60) String courtCaseNumber,
        @NotBlank @Size(max = 30) String centerCode,
        @NotBlank @Size(max = 60) String causeOfAction,
        @Size(max = 30) String disputeType,
        @NotBlank @Size(max = 4000) String facts,
        @Valid MoneyInput claimAmount,
        @NotNull(message = "{referral.consentRequired}") Instant consentRecordedAt,
        @NotEmpty @Size(max = MAX_PARTIES, message = "{validation.count}") @Valid List<@NotNull PartyInput> parties,
        @NotEmpty @Size(max = MAX_CLAIMS, message = "{validation.count}") @Valid List<@NotNull ClaimInput> claims,
        @Size(max = MAX_MATERIALS, message = "{validation.count}") @Valid List<@NotNull MaterialInput> materials,
        @Size(max = 20) String nominatedMediatorCode) {

    /** Most parties, claims and material files one case takes. */
    public static final int MAX_PARTIES = 50;
    public static final int MAX_CLAIMS = 100;
    public static final int MAX_MATERIALS = 50;
    /** A phone number as written: digits, blanks, +, -, parentheses, an extension after #. */
    public static final String PHONE = "[0-9+()#\\- ]{3,40}";

    /** A referral in which the parties named no mediator. */
    public ReferralCommand(ReferralKind kind, String courtCaseNumber, String centerCode, String causeOfAction,
                           String disputeType, String facts, MoneyInput claimAmount, Instant consentRecordedAt,
                           List<PartyInput> parties, List<ClaimInput> claims, List<MaterialInput> materials) {
        this(kind, courtCaseNumber, centerCode, causeOfAction, disputeType, facts, claimAmount, consentRecordedAt,
                parties, claims, materials, null);
    }

    /** An amount as on the wire: a decimal string in major units and an ISO 4217 code. */
    public record MoneyInput(@NotBlank String amount, @NotBlank @Size(min = 3, max = 3) String currency) {
    }

    /**
     * One party; a Chinese legal person needs a valid unified social credit code (or a foreign registration).
     *
     * @param agentIdNumber the appointed agent's resident ID number (the agent's account then acts for the party)
     */
    public record PartyInput(
            @NotNull PartyRole role,
            @NotNull PartyType type,
            @NotBlank @Size(max = 200) String name,
            @Size(max = 2) String country,
            @Size(max = 18) String creditCode,
            @Size(max = 60) String foreignRegistrationNo,
            @Size(max = 12) String idType,
            @Size(max = 40) String idNumber,
            @Size(max = 100) String legalRepresentative,
            @Size(max = 300) String address,
            @Size(max = 40) @Pattern(regexp = PHONE, message = "{validation.phone}") String phone,
            @Email @Size(max = 200) String email,
            @Size(max = 100) String agentName,
            @Size(max = 40) @Pattern(regexp = PHONE, message = "{validation.phone}") String agentPhone,
            @Size(max = 40) String litigationPosition,
            @Size(max = 30) String externalRef,
            @Size(max = 40) String agentIdNumber) {

        /**
         * The identity key this party will be matched by, chosen as the stored party chooses it (credit code, else ID
         * number, else foreign registration number); null when none is given.
         */
        public String identityKey() {
            return org.sutiao.shared.domain.IdentityType.key(!blank(creditCode) ? creditCode
                    : !blank(idNumber) ? idNumber : foreignRegistrationNo);
        }

        private static boolean blank(String s) {
            return s == null || s.isBlank();
        }
    }

    /** One claim; {@code amount} null for a non-monetary claim (停止使用商标). */
    public record ClaimInput(@NotBlank @Size(max = 2000) String text, @Valid MoneyInput amount) {
    }

    /**
     * One material file.
     *
     * @param contentType what the sender declares; the stored type is decided from the content
     */
    public record MaterialInput(@NotBlank @Size(max = 255) String fileName, String contentType,
                                @NotNull byte[] content) {
    }
}
