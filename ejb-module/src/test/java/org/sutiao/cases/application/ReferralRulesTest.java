package org.sutiao.cases.application;

import org.junit.jupiter.api.Test;
import org.sutiao.cases.domain.PartyRole;
import org.sutiao.cases.domain.PartyType;
import org.sutiao.cases.domain.ReferralKind;
import org.sutiao.shared.domain.InvalidInputException.FieldError;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The cross-field rules of a referral, each reported on its field. */
class ReferralRulesTest {
    private static ReferralCommand.PartyInput legal(PartyRole role, String creditCode) {
        return new ReferralCommand.PartyInput(role, PartyType.LEGAL_PERSON, "北京卓衡办公设备有限公司", "CN", creditCode,
                null, null, null, null, null, null, null, null, null, null, null, null);
    }

    private static ReferralCommand.PartyInput natural(String name, String idType, String idNumber) {
        return new ReferralCommand.PartyInput(PartyRole.RESPONDENT, PartyType.NATURAL_PERSON, name, "CN", null, null,
                idType, idNumber, null, null, null, null, null, null, null, null, null);
    }

    private static ReferralCommand command(List<ReferralCommand.PartyInput> parties,
                                           List<ReferralCommand.MaterialInput> materials) {
        return new ReferralCommand(ReferralKind.DELEGATED, "(2026)京0105民诉前调1号", "CCPIT-L-BJ", "买卖合同纠纷", null,
                "事实", new ReferralCommand.MoneyInput("1.00", "CNY"), Instant.parse("2026-11-27T02:00:00Z"), parties,
                List.of(new ReferralCommand.ClaimInput("支付货款", new ReferralCommand.MoneyInput("1.00", "CNY"))),
                materials);
    }

    private static List<String> fields(List<FieldError> errors) {
        return errors.stream().map(FieldError::field).toList();
    }

    @Test
    void aValidReferralHasNoErrors() {
        assertEquals(List.of(), ReferralRules.check(command(List.of(legal(PartyRole.APPLICANT, "91110105MA5DDR3E6T"),
                natural("陈㛃", "RESIDENT_ID", "35020319900101123X")), List.of())));
    }

    @Test
    void creditCodesAndIdNumbersAreChecked() {
        List<FieldError> errors = ReferralRules.check(command(List.of(
                legal(PartyRole.APPLICANT, "91110105MA5DDR3E6X"), natural("王𠈌", null, "350203199001011234"),
                natural("Seán O'Brien", "PASSPORT", "C8-217")), List.of()));
        assertEquals(List.of("parties[0].creditCode", "parties[1].idNumber", "parties[2].idNumber"), fields(errors));
    }

    @Test
    void anApplicantAndARespondentAreRequired() {
        assertTrue(fields(ReferralRules.check(command(List.of(legal(PartyRole.APPLICANT, "91110105MA5DDR3E6T")),
                List.of()))).contains("parties"));
    }

    @Test
    void controlAndTextDirectionCharactersAreRefusedInNames() {
        List<FieldError> errors = ReferralRules.check(command(List.of(legal(PartyRole.APPLICANT, "91110105MA5DDR3E6T"),
                natural("张\u202e三", "RESIDENT_ID", "35020319900101123X")), List.of()));
        assertEquals(List.of("parties[1].name"), fields(errors));
        assertEquals("validation.controlCharacters", errors.get(0).messageKey());
    }

    @Test
    void materialTypesAreCheckedAndDirectoryPartsDropped() {
        byte[] pdf = "%PDF-1.4 x".getBytes(StandardCharsets.US_ASCII);
        List<FieldError> errors = ReferralRules.check(command(List.of(legal(PartyRole.APPLICANT, "91110105MA5DDR3E6T"),
                natural("陈㛃", "RESIDENT_ID", "35020319900101123X")), List.of(
                new ReferralCommand.MaterialInput("起诉状.pdf", "application/pdf", pdf),
                new ReferralCommand.MaterialInput("virus.pdf", "application/pdf", "MZ".getBytes(StandardCharsets.US_ASCII)))));
        assertEquals(List.of("materials[1]"), fields(errors));
        assertEquals("passwd.pdf", ReferralRules.baseName("../../etc/passwd.pdf"));
        assertEquals("a.pdf", ReferralRules.baseName("C:\\\\docs\\\\a.pdf"));
    }
}
