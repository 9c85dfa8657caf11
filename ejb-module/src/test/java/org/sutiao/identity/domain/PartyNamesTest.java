package org.sutiao.identity.domain;

import org.junit.jupiter.api.Test;
import org.sutiao.identity.application.PartyAccountService;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartyNamesTest {

    @Test
    void aNameMatchesTheRecordWhateverBlanksWidthOrCase() {
        assertTrue(PartyNames.same("北京卓衡办公设备有限公司", " 北京卓衡 办公设备有限公司 "));
        assertTrue(PartyNames.same("深圳前海（集团）有限公司", "深圳前海(集团)有限公司"), "full-width brackets");
        assertTrue(PartyNames.same("Seán O'Brien", "seán o'brien"));
        assertFalse(PartyNames.same("北京卓衡办公设备有限公司", "北京卓衡办公设备公司"));
        assertFalse(PartyNames.same("北京卓衡办公设备有限公司", null));
    }

    @Test
    void usernamesAreLowerCaseWordsOfThreeToSixtyFourCharacters() {
        assertTrue("lanzhou.legal".matches(PartyAccountService.USERNAME_PATTERN));
        assertFalse("Bad Name".matches(PartyAccountService.USERNAME_PATTERN));
        assertFalse("ab".matches(PartyAccountService.USERNAME_PATTERN));
    }
}
