package org.sutiao.cases.domain;

import org.sutiao.shared.domain.Money;

import java.time.Instant;

/**
 * What a court says about a dispute when it refers it.
 *
 * @param causeOfAction     案由, from 《民事案件案由规定》 (买卖合同纠纷)
 * @param disputeType       one of the specialty values used for mediator matching (商事合同)
 * @param claimAmount       sum of the monetary claims, or {@code null} when nothing monetary is claimed
 * @param facts             the facts as the court summarises them
 * @param consentRecordedAt when the parties' consent to mediation was recorded (required for a referral)
 */
public record CaseParticulars(String causeOfAction, String disputeType, Money claimAmount, String facts,
                              Instant consentRecordedAt) {
}
