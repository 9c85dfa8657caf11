package org.sutiao.fees.domain;

/** Where a party's share of a case fee stands: not yet paid, paid (on a date), or waived by the center. */
public enum PaymentStatus {
    UNPAID, PAID, WAIVED;

    /** True once the share is paid or waived: its amount may no longer change. */
    public boolean settled() {
        return this != UNPAID;
    }
}
