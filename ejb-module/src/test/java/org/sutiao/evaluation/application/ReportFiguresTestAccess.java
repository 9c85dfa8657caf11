package org.sutiao.evaluation.application;

import org.sutiao.evaluation.domain.ReportScope;

/** Lends the hand-built national figures of {@link ReportFiguresTest} to the renderer's test. */
public final class ReportFiguresTestAccess {
    private ReportFiguresTestAccess() {
    }

    public static ReportFigures national() {
        return ReportFiguresTest.figures(ReportScope.NATIONAL);
    }
}
