/** Agreements: the mediation agreement, its obligations and signatures (notice §4(4)2; 在线调解规则 Art. 19). */
package org.sutiao.agreements.domain;
