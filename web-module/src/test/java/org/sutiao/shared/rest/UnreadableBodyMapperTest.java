package org.sutiao.shared.rest;

import jakarta.ws.rs.ProcessingException;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Locale;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class UnreadableBodyMapperTest {

    @Test
    void anUnknownEnumValueIsNamedWithTheValuesAllowed() {
        ProcessingException e = new ProcessingException("RESTEASY008200: JSON Binding deserialization error",
                new RuntimeException("Internal error: No enum constant org.sutiao.cases.domain.PartyRole.BOSS",
                        new IllegalArgumentException("No enum constant org.sutiao.cases.domain.PartyRole.BOSS")));
        List<Problem.FieldProblem> problems = UnreadableBodyMapper.problems(e, Locale.ENGLISH);
        assertEquals(1, problems.size());
        assertNull(problems.get(0).field());
        assertEquals("\"BOSS\" is not an allowed value; allowed: APPLICANT, RESPONDENT, THIRD_PARTY.",
                problems.get(0).message());
    }

    @Test
    void thePropertyThatDidNotBindIsNamedOuterFirst() {
        RuntimeException inner = new RuntimeException("Unable to deserialize property 'amount' because of: x");
        ProcessingException e = new ProcessingException("binding", new RuntimeException(
                "Unable to deserialize property 'claimAmount' because of: " + inner.getMessage(), inner));
        List<Problem.FieldProblem> problems = UnreadableBodyMapper.problems(e, Locale.CHINESE);
        assertEquals("claimAmount.amount", problems.get(0).field());
        assertTrue(problems.get(0).message().contains("类型"), problems.get(0).message());
    }

    @Test
    void malformedJsonNamesNothingAndAnEnumOutsideTheApplicationIsNotListed() {
        assertTrue(UnreadableBodyMapper.problems(new ProcessingException("Unexpected char 39 at (line no=1)"),
                Locale.ENGLISH).isEmpty());
        assertTrue(UnreadableBodyMapper.problems(new ProcessingException("x",
                new IllegalArgumentException("No enum constant java.time.DayOfWeek.FUNDAY")), Locale.ENGLISH).isEmpty());
    }
}
