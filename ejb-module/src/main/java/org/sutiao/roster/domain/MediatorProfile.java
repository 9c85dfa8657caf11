package org.sutiao.roster.domain;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import java.time.LocalDate;
import java.util.List;

/**
 * What a center admin enters and edits about a mediator (特邀调解规定 Art. 8–9): identity, employment, expertise and
 * certification. Validated at the boundary; the resident ID check digit and the certificate period are checked by
 * {@link Mediator}.
 *
 * @param idNumber        18-character PRC resident ID (stored, shown masked)
 * @param specialties     dispute fields, e.g. 商事合同, 跨境贸易
 * @param languages       BCP 47 language subtags, e.g. zh, en
 * @param yearsExperience whole years of mediation or legal experience, 0–70
 * @param certValidTo     last day of validity (inclusive), null when open-ended or no certificate
 */
public record MediatorProfile(
        @NotBlank @Size(max = 60) String name,
        @NotBlank @Size(max = 20) String idNumber,
        @Size(max = 40) String phone,
        @NotNull Employment employment,
        @Size(max = 40) String profession,
        @NotNull @Size(max = 10) List<@NotBlank @Size(max = 20) @Pattern(regexp = "[^;]+") String> specialties,
        @NotNull @Size(min = 1, max = 10) List<@NotBlank @Pattern(regexp = "[a-z]{2,3}(-[A-Za-z0-9]{2,8})?") String> languages,
        @Min(0) @Max(70) int yearsExperience,
        CertLevel certLevel,
        @Size(max = 40) String certNumber,
        LocalDate certValidFrom,
        LocalDate certValidTo) {
}
