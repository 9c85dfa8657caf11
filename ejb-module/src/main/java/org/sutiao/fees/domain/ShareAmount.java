package org.sutiao.fees.domain;

import java.math.BigDecimal;

/**
 * One party's part in a new split of a case fee, as the center admin enters it.
 *
 * @param partyId the case party's id (as in the case's {@code parties[].id})
 * @param amount  major units of the fee's currency, not negative
 */
public record ShareAmount(Long partyId, BigDecimal amount) {
}
