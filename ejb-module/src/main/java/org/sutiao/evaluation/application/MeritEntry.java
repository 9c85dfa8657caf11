package org.sutiao.evaluation.application;

import java.io.Serializable;
import java.time.LocalDate;

/**
 * One commendation or sanction on the record of a center or of one of its mediators (notice 法办〔2024〕623号 §4(3),
 * §5(3)): a row of the merits page, read as a projection.
 *
 * @param kind   {@code COMMENDATION} or {@code SANCTION} (MeritKind)
 * @param code   the center's or the mediator's code
 * @param name   the center's or the mediator's name
 * @param reason the reason as recorded (plain text, at most 500 characters)
 */
public record MeritEntry(long id, LocalDate occurredOn, String kind, String code, String name, String reason,
                         String recordedBy) implements Serializable {
}
