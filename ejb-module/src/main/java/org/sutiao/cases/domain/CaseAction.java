package org.sutiao.cases.domain;

/**
 * Everything a caller may do on a case: each button of the case page and each state-changing request of the case's
 * API. Which of them a caller may take now is decided in one place ({@code CaseActions}); the names are stable codes
 * of the API ({@code "actions":[{"code":…}]} of {@code GET /cases/{id}}), each with the label
 * {@code caseAction.<CODE>} in the bundles.
 */
public enum CaseAction {
    /** The center accepts a referral or direct application with a mediator ({@code POST /cases/{id}/accept}). */
    ACCEPT,
    /** The center declines with a reason code and reasons ({@code POST /cases/{id}/decline}). */
    DECLINE,
    /** The center assigns another mediator ({@code POST /cases/{id}/mediator-replacement}). */
    REPLACE_MEDIATOR,
    /** The center seals the agreement ({@code POST /cases/{id}/agreement/signatures}). */
    SEAL_AGREEMENT,
    /** The court refers a declined or lapsed case to another center ({@code POST /cases/{id}/re-referral}). */
    REFER_AGAIN,
    /** The court acknowledges a failure report ({@code POST /cases/{id}/failure-report/acknowledgement}). */
    ACKNOWLEDGE_FAILURE_REPORT,
    /** The court rules on a judicial confirmation ({@code POST /cases/{id}/judicial-confirmation/ruling}). */
    RULE_ON_CONFIRMATION,
    /** The court asks for supplements during review ({@code POST …/judicial-confirmation/supplement-request}). */
    REQUEST_SUPPLEMENT,
    /** The court issues the requested mediation document ({@code POST /cases/{id}/mediation-document}). */
    ISSUE_MEDIATION_DOCUMENT,
    /** The mediator declares no conflict or discloses one ({@code POST /cases/{id}/disclosure}). */
    DISCLOSE,
    /** The mediator schedules a session ({@code POST /cases/{id}/sessions}). */
    SCHEDULE_SESSION,
    /** The mediator records a session's minutes ({@code PUT /cases/{id}/sessions/{sid}/minutes}). */
    RECORD_MINUTES,
    /** The mediator suspends mediation for appraisal ({@code POST /cases/{id}/suspensions}). */
    SUSPEND,
    /** The mediator ends the running suspension ({@code POST /cases/{id}/suspensions/{sid}/end}). */
    END_SUSPENSION,
    /** The mediator proposes a later due date ({@code POST /cases/{id}/extensions}). */
    PROPOSE_EXTENSION,
    /** The mediator records a party's written consent to the open extension ({@code …/extensions/{eid}/consent}). */
    RECORD_WRITTEN_CONSENT,
    /** The mediator ends mediation without agreement ({@code POST /cases/{id}/failure}). */
    END_MEDIATION,
    /** The mediator drafts or revises the agreement ({@code PUT /cases/{id}/agreement}). */
    DRAFT_AGREEMENT,
    /** A party or the mediator signs the current agreement document ({@code POST /cases/{id}/agreement/signatures}). */
    SIGN_AGREEMENT,
    /** The mediator writes the failure report ({@code POST /cases/{id}/failure-report}). */
    WRITE_FAILURE_REPORT,
    /** A party or the mediator records an obligation as performed ({@code POST /cases/{id}/performance}). */
    RECORD_PERFORMANCE,
    /** A respondent consents to or refuses a direct application ({@code POST /cases/{id}/respondent-consent}). */
    ANSWER_APPLICATION,
    /** A party withdraws from mediation ({@code POST /cases/{id}/withdrawal}). */
    WITHDRAW,
    /** A party answers the mediator's disclosed conflict ({@code POST /cases/{id}/disclosure/consent}). */
    ANSWER_DISCLOSURE,
    /** A party consents to the open extension ({@code POST /cases/{id}/extensions/{eid}/consent}). */
    CONSENT_TO_EXTENSION,
    /** A party asks the center for another mediator ({@code POST /cases/{id}/replacement-request}). */
    REQUEST_REPLACEMENT,
    /** A party applies for, or joins, judicial confirmation ({@code POST /cases/{id}/judicial-confirmation}). */
    APPLY_FOR_CONFIRMATION,
    /** A party of an entrusted case requests the mediation document ({@code POST /cases/{id}/mediation-document/request}). */
    REQUEST_MEDIATION_DOCUMENT,
    /** A party acknowledges receipt of the issued mediation document ({@code …/mediation-document/receipt}). */
    ACKNOWLEDGE_RECEIPT,
    /** The applicant of a failed direct application acknowledges the report ({@code …/failure-report/acknowledgement}). */
    READ_FAILURE_REPORT,
    /**
     * A party rates its concluded case once, 1–5 with a comment ({@code POST /cases/{id}/satisfaction}; issue 11 §1):
     * offered from the case's conclusion until the party rated it.
     */
    RATE_SATISFACTION,
    /** HQ or a court supervisor opens a recorded, time-limited full reading ({@code POST /cases/{id}/full-access}). */
    OPEN_FULL_ACCESS;

    /** The bundle key of the action's label. */
    public String labelKey() {
        return "caseAction." + name();
    }
}
