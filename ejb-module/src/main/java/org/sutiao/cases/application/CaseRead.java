package org.sutiao.cases.application;

import org.sutiao.cases.domain.FullAccessGrant;
import org.sutiao.cases.domain.MediationCase;
import org.sutiao.identity.application.Caller;

/**
 * A case as one caller may read it now: the case, who reads, and whether in full ({@link CaseReadPolicy}).
 *
 * @param grant the break-glass grant that lifted a metadata-only caller to full visibility, or null
 */
public record CaseRead(MediationCase mediationCase, Caller caller, CaseReadPolicy.Visibility visibility,
                       FullAccessGrant grant) {

    /** True when the caller reads text, names and documents of the case. */
    public boolean full() {
        return visibility == CaseReadPolicy.Visibility.FULL;
    }
}
