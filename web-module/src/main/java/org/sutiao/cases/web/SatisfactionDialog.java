package org.sutiao.cases.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.sutiao.evaluation.application.SatisfactionService;
import org.sutiao.evaluation.application.SatisfactionService.RatingState;
import org.sutiao.identity.domain.Role;
import org.sutiao.shared.domain.DomainException;

import java.util.List;

/**
 * A party rates its concluded case once on the case page (issue 11 §1): a score 1–5, each with its label, and an
 * optional comment of at most 1,000 characters; afterwards the page says it was rated and offers no form.
 */
@Named
@ViewScoped
public class SatisfactionDialog extends CaseDialog {
    private static final long serialVersionUID = 1L;

    /** The scores offered, worst first. */
    public static final List<Integer> SCORES = List.of(1, 2, 3, 4, 5);

    @Inject
    transient SatisfactionService satisfaction;

    private transient RatingState state;
    private Integer score;
    private String comment;

    /** Where the caller stands: null for anyone but a party of the case. */
    public RatingState getState() {
        if (state == null && page.getDetail() != null
                && FacesContext.getCurrentInstance().getExternalContext().isUserInRole(Role.PARTY_ROLE)) {
            try {
                state = satisfaction.ratingState(caseId());
            } catch (DomainException e) {
                return null;
            }
        }
        return state;
    }

    /** Rates the case; a missing or out-of-range score is shown beside the scores, a second rating as a message. */
    public void rate() {
        run("satisfaction.rated", () -> satisfaction.rate(caseId(), score, comment));
    }

    public List<Integer> getScores() {
        return SCORES;
    }

    public Integer getScore() {
        return score;
    }

    public void setScore(Integer score) {
        this.score = score;
    }

    public String getComment() {
        return comment;
    }

    public void setComment(String comment) {
        this.comment = comment;
    }
}
