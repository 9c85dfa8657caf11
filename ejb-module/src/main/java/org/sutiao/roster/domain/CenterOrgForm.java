package org.sutiao.roster.domain;

/** The organisational form of a mediation center (how it is constituted; a center-construction fact). */
public enum CenterOrgForm {
    /** 事业单位 */
    PUBLIC_INSTITUTION,
    /** 社会团体 */
    SOCIAL_ORGANIZATION,
    /** 民办非企业单位 / 社会服务机构 */
    SOCIAL_SERVICE_AGENCY,
    /** 贸促会内设机构 */
    INTERNAL_BODY
}
