package org.sutiao.evaluation.application;

/**
 * A mediator's commendations and sanctions dated in a period (issue 11 §1 "mediators' merits and sanctions";
 * notice 法办〔2024〕623号 §5(3)), from the roster's record of merits.
 */
public record MediatorMerits(String code, String name, long commendations, long sanctions) {
}
