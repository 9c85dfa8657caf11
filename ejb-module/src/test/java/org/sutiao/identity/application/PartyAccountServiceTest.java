package org.sutiao.identity.application;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

class PartyAccountServiceTest {

    @Test
    void aNameMatchesTheRecordWhateverBlanksWidthOrCase() {
        assertTrue(PartyAccountService.sameName("北京卓衡办公设备有限公司", " 北京卓衡 办公设备有限公司 "));
        assertTrue(PartyAccountService.sameName("深圳前海（集团）有限公司", "深圳前海(集团)有限公司"), "full-width brackets");
        assertTrue(PartyAccountService.sameName("Seán O'Brien", "seán o'brien"));
        assertFalse(PartyAccountService.sameName("北京卓衡办公设备有限公司", "北京卓衡办公设备公司"));
        assertFalse(PartyAccountService.sameName("北京卓衡办公设备有限公司", null));
    }

    @Test
    void usernamesAreLowerCaseWordsOfThreeToSixtyFourCharacters() {
        assertTrue("lanzhou.legal".matches(PartyAccountService.USERNAME_PATTERN));
        assertFalse("Bad Name".matches(PartyAccountService.USERNAME_PATTERN));
        assertFalse("ab".matches(PartyAccountService.USERNAME_PATTERN));
    }
}
