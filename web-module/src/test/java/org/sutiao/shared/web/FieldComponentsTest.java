package org.sutiao.shared.web;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A service's field path names the components an error is shown beside, by their kebab-case ids. */
class FieldComponentsTest {

    @Test
    void aCamelCaseFieldNamesTheKebabCaseComponent() {
        assertEquals("reason-code", FieldComponents.kebab("reasonCode"));
        assertEquals("obligor-party-id", FieldComponents.kebab("obligorPartyId"));
        assertEquals("reason", FieldComponents.kebab("reason"));
        assertEquals("sha256", FieldComponents.kebab("sha256"));
    }

    @Test
    void aRowFieldNamesTheTableThenTheComponentInTheRow() {
        assertEquals(List.of(new FieldComponents.Segment("obligations", "obligations", 0),
                        new FieldComponents.Segment("obligor-party-id", "obligorPartyId", -1)),
                FieldComponents.segments("obligations[0].obligorPartyId"));
        assertEquals(List.of(new FieldComponents.Segment("cost-increasing-conduct", "costIncreasingConduct", 12)),
                FieldComponents.segments("costIncreasingConduct[12]"));
    }

    @Test
    void aPathThatIsNoNameNamesNothing() {
        assertEquals(List.of(), FieldComponents.segments("a b"));
        assertEquals(List.of(), FieldComponents.segments(""));
        assertEquals(List.of(), FieldComponents.segments(null));
    }

    @Test
    void aComponentStandsForTheFieldItIsNamedAfterOrDeclares() {
        FieldComponents.Segment reasonCode = FieldComponents.segments("reasonCode").get(0);
        FieldComponents.Segment name = FieldComponents.segments("name").get(0);
        FieldComponents.Segment respondents = FieldComponents.segments("respondents[0]").get(0);

        assertTrue(FieldComponents.standsFor("reason-code", null, reasonCode));
        assertTrue(FieldComponents.standsFor("party-name", "name  respondents", name));
        assertTrue(FieldComponents.standsFor("party-name", "name  respondents", respondents));
        assertFalse(FieldComponents.standsFor("party-name", "name  respondents", reasonCode));
        assertFalse(FieldComponents.standsFor("reason-code", null, name));
    }
}
