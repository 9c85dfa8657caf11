package org.sutiao.cases.domain;

/**
 * What is known of a party when a case is referred (validated at the boundary).
 *
 * @param idNumber      full ID or passport number of a natural person as given by the court; stored, shown masked
 * @param agentIdNumber the appointed agent's ID number (the agent's account then acts for the party), or null
 */
public record PartyDetails(PartyRole role, PartyType type, String name, String country, String creditCode,
                           String foreignRegistrationNo, String idType, String idNumber,
                           String legalRepresentative, String address, String phone, String email,
                           String agentName, String agentPhone, String litigationPosition, String externalRef,
                           String agentIdNumber) {
}
