package org.pressroom;

import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The page checks used on Pressroom's pages do find what they look for. */
class PageChecksTests {

    private static final String BROKEN = """
            <!DOCTYPE html>
            <html lang="en"><head><meta charset="utf-8"><title>Broken</title></head>
            <body><main><h1 id="x">Press room</h1><p id="x" style="color:#ccc">Barely readable</p>
            <img src="data:image/gif;base64,R0lGODlhAQABAAAAACw=" width="40" height="40"></main></body></html>
            """;

    @Test
    void theHtmlValidatorReportsErrors() {
        assertThat(HtmlValidator.errors(BROKEN)).anySatisfy(error -> assertThat(error).contains("Duplicate ID"))
                .anySatisfy(error -> assertThat(error).contains("alt"));
        assertThat(HtmlValidator.errors(BROKEN.replace(" id=\"x\" style", " style").replace("<img ", "<img alt=\"\" "))).isEmpty();
    }

    @Test
    void axeReportsMissingAltTextAndPoorContrast() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            byte[] body = BROKEN.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        try (BrowserSession browser = BrowserSession.open()) {
            browser.driver().get("http://127.0.0.1:" + server.getAddress().getPort() + "/");
            assertThat(AccessibilityCheck.seriousViolations(browser.driver())).extracting(AccessibilityCheck.Violation::rule)
                    .contains("image-alt", "color-contrast");
        } finally {
            server.stop(0);
        }
    }
}
