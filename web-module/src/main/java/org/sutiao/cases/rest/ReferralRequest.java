package org.sutiao.cases.rest;

import org.sutiao.cases.application.ReferralCommand;
import org.sutiao.cases.domain.PartyRole;
import org.sutiao.cases.domain.PartyType;
import org.sutiao.cases.domain.ReferralKind;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.PlainText;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * The body of {@code POST /api/v1/referrals} (DESIGN.md §5). Materials carry their bytes as Base64;
 * {@code nominatedMediatorCode} (optional) names the mediator the parties agreed on from the approved roster.
 */
public record ReferralRequest(ReferralKind kind, String courtCaseNumber, String centerCode, String causeOfAction,
                              String disputeType, @PlainText(multiline = true) String facts, MoneyJson claimAmount,
                              OffsetDateTime consentRecordedAt, List<PartyJson> parties, List<ClaimJson> claims,
                              List<MaterialJson> materials, String nominatedMediatorCode) {

    /**
     * A party as pushed by the court (or named by an applicant); {@code idNumber} and {@code agentIdNumber} are
     * stored but only ever returned masked; the agent's account acts for the party.
     */
    public record PartyJson(PartyRole role, PartyType type, String name, String country, String creditCode,
                            String foreignRegistrationNo, String idType, String idNumber, String legalRepresentative,
                            String address, String phone, String email, String agentName, String agentPhone,
                            String litigationPosition, String agentIdNumber) {
        ReferralCommand.PartyInput toInput() {
            return new ReferralCommand.PartyInput(role, type, name, country, creditCode, foreignRegistrationNo,
                    idType, idNumber, legalRepresentative, address, phone, email, agentName, agentPhone,
                    litigationPosition, null, agentIdNumber);
        }
    }

    /** A claim; {@code amount} null for a non-monetary claim. */
    public record ClaimJson(@PlainText(multiline = true) String text, MoneyJson amount) {
    }

    /** A material file, its bytes in Base64. */
    public record MaterialJson(String fileName, String contentType, @PlainText(multiline = true) String contentBase64) {
    }

    /**
     * The service command.
     *
     * @throws InvalidInputException when a material's Base64 does not decode
     */
    ReferralCommand toCommand() {
        return new ReferralCommand(kind, courtCaseNumber, centerCode, causeOfAction, disputeType, facts,
                money(claimAmount), consentRecordedAt == null ? null : consentRecordedAt.toInstant(),
                parties == null ? null : parties.stream().map(p -> p == null ? null : p.toInput()).toList(),
                claims(claims), files(materials), nominatedMediatorCode);
    }

    /** Claims as the service takes them (null stays null). */
    static List<ReferralCommand.ClaimInput> claims(List<ClaimJson> claims) {
        return claims == null ? null : claims.stream().map(c -> c == null ? null
                : new ReferralCommand.ClaimInput(c.text(), money(c.amount()))).toList();
    }

    /**
     * Materials decoded from Base64.
     *
     * @throws InvalidInputException when a material's Base64 does not decode
     */
    static List<ReferralCommand.MaterialInput> files(List<MaterialJson> materials) {
        List<ReferralCommand.MaterialInput> files = new ArrayList<>();
        if (materials != null) {
            for (int i = 0; i < materials.size(); i++) {
                MaterialJson m = materials.get(i);
                if (m == null) {
                    continue;
                }
                byte[] bytes;
                try {
                    bytes = m.contentBase64() == null ? null : org.sutiao.shared.rest.Base64Spool.decode(m.contentBase64());
                } catch (IllegalArgumentException e) {
                    throw new InvalidInputException("materials[" + i + "].contentBase64", "validation.base64");
                }
                files.add(new ReferralCommand.MaterialInput(m.fileName(), m.contentType(), bytes));
            }
        }
        return files;
    }

    static ReferralCommand.MoneyInput money(MoneyJson m) {
        return m == null ? null : new ReferralCommand.MoneyInput(m.amount(), m.currency());
    }
}
