package org.sutiao.roster.domain;

/** Why a mediator left the roster (特邀调解规定 Art. 13 and the center's own rules). */
public enum ExitReason {
    RESIGNED, DISMISSED_AFTER_SANCTION, CERTIFICATION_EXPIRED, OTHER
}
