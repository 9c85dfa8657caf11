package org.sutiao.cases.application;

import org.sutiao.cases.domain.MaterialPolicy;
import org.sutiao.cases.domain.PartyRole;
import org.sutiao.cases.domain.PartyType;
import org.sutiao.shared.domain.CreditCode;
import org.sutiao.shared.domain.SafeText;
import org.sutiao.shared.domain.IdNumbers;
import org.sutiao.shared.domain.InvalidInputException;
import org.sutiao.shared.domain.InvalidInputException.FieldError;
import org.sutiao.shared.domain.Money;

import java.util.ArrayList;
import java.util.List;

/**
 * Cross-field rules of a referral that Bean Validation annotations cannot say: at least one applicant and one
 * respondent; credit codes pass the GB 32100-2015 check; amounts parse; materials are of an accepted type and
 * size. Returns every error at once.
 */
public final class ReferralRules {
    private ReferralRules() {
    }

    /** The errors found, empty when the command is acceptable. */
    public static List<FieldError> check(ReferralCommand c) {
        List<FieldError> errors = new ArrayList<>();
        if (c.parties() != null) {
            boolean applicant = false;
            boolean respondent = false;
            for (int i = 0; i < c.parties().size(); i++) {
                ReferralCommand.PartyInput p = c.parties().get(i);
                if (p == null) {
                    continue;
                }
                applicant |= p.role() == PartyRole.APPLICANT;
                respondent |= p.role() == PartyRole.RESPONDENT;
                String f = "parties[" + i + "]";
                if (p.creditCode() != null && !p.creditCode().isBlank() && !CreditCode.isValid(p.creditCode().strip().toUpperCase(java.util.Locale.ROOT))) {
                    errors.add(new FieldError(f + ".creditCode", "validation.creditCode"));
                }
                if (p.type() == PartyType.LEGAL_PERSON && blank(p.creditCode()) && blank(p.foreignRegistrationNo())) {
                    errors.add(new FieldError(f + ".creditCode", "referral.legalPersonId"));
                }
                if (p.type() == PartyType.NATURAL_PERSON && blank(p.idNumber())) {
                    errors.add(new FieldError(f + ".idNumber", "referral.naturalPersonId"));
                } else if (!blank(p.idNumber())) {
                    String id = p.idNumber().strip();
                    boolean valid = "PASSPORT".equals(p.idType()) ? IdNumbers.isPlausiblePassport(id)
                            : IdNumbers.isValidResidentId(id);
                    if (!valid) {
                        errors.add(new FieldError(f + ".idNumber", "validation.idNumber"));
                    }
                }
                if (!blank(p.agentIdNumber()) && !IdNumbers.isValidResidentId(p.agentIdNumber().strip())) {
                    errors.add(new FieldError(f + ".agentIdNumber", "validation.idNumber"));
                }
                if (unsafeText(p.name()) || unsafeText(p.agentName()) || unsafeText(p.legalRepresentative())) {
                    errors.add(new FieldError(f + ".name", "validation.controlCharacters"));
                }
            }
            if (!c.parties().isEmpty() && (!applicant || !respondent)) {
                errors.add(new FieldError("parties", "referral.applicantAndRespondent"));
            }
        }
        if (unsafeText(c.causeOfAction()) || unsafeText(c.courtCaseNumber())) {
            errors.add(new FieldError(unsafeText(c.causeOfAction()) ? "causeOfAction" : "courtCaseNumber",
                    "validation.controlCharacters"));
        }
        Money total = money(errors, "claimAmount", c.claimAmount());
        if (c.claims() != null) {
            for (int i = 0; i < c.claims().size(); i++) {
                if (c.claims().get(i) != null) {
                    Money claim = money(errors, "claims[" + i + "].amount", c.claims().get(i).amount());
                    // one claim is part of the case's total claim amount: never more, in the same currency
                    if (claim != null && total != null && claim.currency().equals(total.currency())
                            && claim.amount().compareTo(total.amount()) > 0) {
                        errors.add(new FieldError("claims[" + i + "].amount.amount", "validation.money.claimAboveTotal",
                                total.amountText(), total.currency()));
                    }
                }
            }
        }
        if (c.materials() != null) {
            for (int i = 0; i < c.materials().size(); i++) {
                ReferralCommand.MaterialInput m = c.materials().get(i);
                if (m == null || m.content() == null) {
                    continue;
                }
                if (m.fileName() != null && (unsafeText(m.fileName()) || baseName(m.fileName()).isEmpty())) {
                    errors.add(new FieldError("materials[" + i + "].fileName", "material.fileNameInvalid"));
                    continue;
                }
                try {
                    MaterialPolicy.check("materials[" + i + "]", m.fileName(), m.content());
                } catch (InvalidInputException e) {
                    errors.addAll(e.fieldErrors());
                }
            }
        }
        return errors;
    }

    /** See {@link SafeText#isUnsafe}. */
    static boolean unsafeText(String s) {
        return SafeText.isUnsafe(s);
    }

    /** The file name without any directory part a client may have sent ({@code ../../x.pdf} → {@code x.pdf}). */
    static String baseName(String fileName) {
        String n = fileName.strip();
        int cut = Math.max(n.lastIndexOf('/'), n.lastIndexOf('\\'));
        return cut >= 0 ? n.substring(cut + 1) : n;
    }

    /** Parses an input amount, or null. */
    static Money toMoney(ReferralCommand.MoneyInput m) {
        return m == null ? null : Money.of(m.amount(), m.currency() == null ? null : m.currency().strip().toUpperCase());
    }

    /** The amount if it is valid money ({@link org.sutiao.shared.domain.MoneyPolicy}), else null with its errors added. */
    private static Money money(List<FieldError> errors, String field, ReferralCommand.MoneyInput m) {
        if (m == null || m.amount() == null || m.currency() == null) {
            return null;
        }
        try {
            return toMoney(m);
        } catch (InvalidInputException e) {
            for (FieldError fe : e.fieldErrors()) {
                errors.add(new FieldError(field + "." + fe.field(), fe.messageKey(), fe.args()));
            }
            return null;
        }
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
