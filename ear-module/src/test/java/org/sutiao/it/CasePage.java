package org.sutiao.it;

import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

import static org.junit.jupiter.api.Assertions.assertTrue;

/** Steps of the case page that several browser tests take: answering its confirmation step. */
final class CasePage {
    /** The global confirmation dialog of the case page. */
    static final By CONFIRM = By.cssSelector(".ui-confirm-dialog");

    private CasePage() {
    }

    /**
     * Waits for the confirmation step, checks it names the consequence ({@code consequence} is part of its message)
     * and confirms.
     */
    static void confirm(Browser b, String consequence) {
        WebElement dialog = b.visible(CONFIRM);
        String text = dialog.findElement(By.cssSelector(".ui-confirm-dialog-message")).getText();
        assertTrue(text.contains(consequence), "the confirmation names the consequence: " + text);
        b.visible(By.id("confirm-form:confirm-yes")).click();
        b.waitUntilHidden(CONFIRM);
    }
}
