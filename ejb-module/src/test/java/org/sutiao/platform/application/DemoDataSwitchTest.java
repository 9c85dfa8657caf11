package org.sutiao.platform.application;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A database created without demo data never receives any on a later start (issue 13 §2). */
class DemoDataSwitchTest {
    @Test
    void aLaterStartCompletesDemoDataOnlyOfADatabaseCreatedWithIt() {
        assertTrue(DemoDataImporter.demoOnLaterStart(true, "true"));
        assertFalse(DemoDataImporter.demoOnLaterStart(true, "false"), "created without: the switch is ignored");
        assertFalse(DemoDataImporter.demoOnLaterStart(true, null), "no record counts as created without");
        assertFalse(DemoDataImporter.demoOnLaterStart(false, "true"), "switched off: nothing is added");
        assertFalse(DemoDataImporter.demoOnLaterStart(false, "false"));
    }
}
