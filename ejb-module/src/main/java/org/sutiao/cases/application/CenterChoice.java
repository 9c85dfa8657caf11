package org.sutiao.cases.application;

import java.io.Serializable;
import java.util.List;

/**
 * A center as the referral form offers it: referable now, or not with the reason the intake would give
 * ({@code referral.centerNotInvited}, {@code referral.centerNotOperating}, {@code pilot.centerRegion}, …; notice
 * 法办〔2024〕623号 §2(5); 特邀调解规定 Art. 5–10).
 *
 * @param reasonKey  null when referable, else the bundle key of the reason
 * @param reasonArgs the reason's message arguments (names)
 */
public record CenterChoice(String code, String name, String shortName, String reasonKey, List<String> reasonArgs)
        implements Serializable {
    /** True when the court may refer a case to this center today. */
    public boolean referable() {
        return reasonKey == null;
    }
}
