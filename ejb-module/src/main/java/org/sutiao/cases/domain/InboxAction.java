package org.sutiao.cases.domain;

/**
 * What waits for a caller's action on a case in their inbox. The names are stable codes of the API
 * ({@code "action"} of {@code GET /inbox}); each has the label {@code inboxAction.<CODE>} in the bundles.
 */
public enum InboxAction {
    /** The center accepts the referral with a mediator, or declines it with reasons. */
    ACCEPT_OR_DECLINE,
    /** The court refers a declined case, or one whose acceptance period lapsed, to another center. */
    REFER_AGAIN,
    /** The court acknowledges a failure report and records what it did. */
    ACKNOWLEDGE_FAILURE_REPORT,
    /** The court rules on a judicial confirmation under review. */
    RULE_ON_CONFIRMATION,
    /** The court issues the mediation document the parties requested. */
    ISSUE_MEDIATION_DOCUMENT,
    /** The mediator declares no conflict, or discloses one, before the first session. */
    DISCLOSE,
    /** The mediator holds sessions and records the outcome (agreement, or the end of mediation). */
    MEDIATE,
    /** The mediator ends the suspension for appraisal. */
    END_SUSPENSION,
    /** The mediator writes the failure report (a failed mediation, or the unsettled claims of a partial one). */
    WRITE_FAILURE_REPORT,
    /** A party, or the mediator, signs the current agreement document. */
    SIGN_AGREEMENT,
    /** A party answers a disclosed conflict of the mediator. */
    ANSWER_DISCLOSURE,
    /** A party consents to the proposed extension of the mediation period. */
    CONSENT_TO_EXTENSION,
    /** A party joins the application for judicial confirmation of the agreement. */
    APPLY_FOR_CONFIRMATION,
    /** A party of an entrusted case requests the mediation document. */
    REQUEST_MEDIATION_DOCUMENT,
    /** A party acknowledges receipt of the issued mediation document. */
    ACKNOWLEDGE_RECEIPT,
    /** A respondent consents to or refuses a direct application (在线调解规则 Art. 15). */
    ANSWER_APPLICATION,
    /** The center seals the agreement (its signature), after or alongside the parties and the mediator. */
    SEAL_AGREEMENT,
    /** The applicant of a failed direct application reads the report and how to file a suit, and acknowledges it. */
    READ_FAILURE_REPORT;

    /** The bundle key of the action's label. */
    public String labelKey() {
        return "inboxAction." + name();
    }
}
