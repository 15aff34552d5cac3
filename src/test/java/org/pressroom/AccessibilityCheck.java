package org.pressroom;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;

/**
 * Runs axe-core (Deque's accessibility rules: the {@code axe.min.js} carried by the
 * {@code com.deque.html.axe-core:selenium} jar) on the page a browser shows, and reports what it finds of
 * impact "serious" or "critical".
 * <p>
 * Usage: {@code assertThat(AccessibilityCheck.seriousViolations(driver)).isEmpty()}, once the page is loaded.
 * <p>
 * axe is put into the page through WebDriver, which the page's Content-Security-Policy ({@code script-src
 * 'self'}) does not stop, and stays there until the next page load. It checks the page as rendered, in its
 * current state (colours, hidden elements), with axe's default rules (WCAG 2.x A and AA, and best practices).
 * The inside of an iframe is not checked: check the framed page on its own.
 */
public final class AccessibilityCheck {

    /** Where the axe-core jar keeps the script (at its root). */
    private static final String AXE_RESOURCE = "/axe.min.js";

    /** Runs axe and hands back the elements whose violation is serious or critical, one entry for each. */
    private static final String RUN_AXE = """
            const done = arguments[arguments.length - 1];
            const context = arguments[0] ? { include: [arguments[0]] } : document;
            const serious = node => node.impact === 'serious' || node.impact === 'critical';
            axe.run(context, { resultTypes: ['violations'] }).then(results => done(results.violations
                    .flatMap(rule => rule.nodes.filter(serious).map(node => ({
                        rule: rule.id, impact: node.impact, help: rule.help,
                        target: node.target.flat(Infinity).join(' >>> '), html: node.html })))),
                error => done('axe failed: ' + error));
            """;

    private static final int SNIPPET_LENGTH = 200;

    private static String axeSource;

    private AccessibilityCheck() {
    }

    /**
     * An element that breaks one of axe's rules.
     *
     * @param rule axe's rule id, such as {@code image-alt} or {@code color-contrast}
     * @param impact {@code serious} or {@code critical}
     * @param help what the rule asks for, in one sentence
     * @param target a CSS selector of the element (inside a shadow root: one per level, joined by " >>> ")
     * @param html the start of the element's HTML
     */
    public record Violation(String rule, String impact, String help, String target, String html) {

        @Override
        public String toString() {
            return rule + " (" + impact + "): " + help + " at " + target + ": " + html;
        }
    }

    /**
     * The serious and critical accessibility violations of the page that {@code driver} shows; empty when
     * there are none. The driver must be able to run scripts (as ChromeDriver can).
     */
    public static List<Violation> seriousViolations(WebDriver driver) {
        return seriousViolations(driver, null);
    }

    /**
     * The serious and critical accessibility violations inside the elements that {@code selector} finds (the
     * whole page when it is null). A test about one part of a page checks that part: axe's walk through a
     * page with a playing stream makes Chromium reload the stream's revoked {@code blob:} address, an error
     * no visitor ever causes, which a test refusing console errors would then see.
     */
    public static List<Violation> seriousViolations(WebDriver driver, String selector) {
        JavascriptExecutor browser = (JavascriptExecutor) driver;
        if (!Boolean.TRUE.equals(browser.executeScript("return typeof window.axe === 'object'"))) {
            browser.executeScript(axeSource());
        }
        Object result = browser.executeAsyncScript(RUN_AXE, selector);
        if (!(result instanceof List<?> violations)) {
            throw new IllegalStateException(String.valueOf(result));
        }
        List<Violation> found = new ArrayList<>();
        for (Object violation : violations) {
            Map<?, ?> entry = (Map<?, ?>) violation;
            found.add(new Violation(text(entry, "rule"), text(entry, "impact"), text(entry, "help"),
                    text(entry, "target"), snippet(text(entry, "html"))));
        }
        return found;
    }

    private static synchronized String axeSource() {
        if (axeSource == null) {
            try (InputStream in = AccessibilityCheck.class.getResourceAsStream(AXE_RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException(AXE_RESOURCE + " is not on the classpath: add com.deque.html.axe-core:selenium");
                }
                axeSource = new String(in.readAllBytes(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return axeSource;
    }

    private static String text(Map<?, ?> entry, String key) {
        return String.valueOf(entry.get(key));
    }

    private static String snippet(String html) {
        return html.length() <= SNIPPET_LENGTH ? html : html.substring(0, SNIPPET_LENGTH) + "…";
    }
}
