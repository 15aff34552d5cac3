package org.pressroom;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * Checks a whole HTML document with the W3C Nu Html Checker (the checker behind validator.w3.org/nu), in this
 * JVM: nothing is sent anywhere, and the HTML schema comes from the copy inside the checker's jar.
 * <p>
 * Usage: {@code assertThat(HtmlValidator.errors(response.getContentAsString())).isEmpty()}. Give it the HTML
 * the server sent: a browser's {@code getPageSource()} is the DOM written out again, without the doctype.
 * <p>
 * Setting the checker up takes one to two seconds, so it is done once per JVM, on the first call; later calls
 * take milliseconds for a small page. Calls are serialised, since one checker is shared; they may come from
 * any thread. Language detection (which only ever gives warnings) is off.
 * <p>
 * The checker knows no htmx: {@code hx-get} is an error, {@code data-hx-get} (which htmx also reads) is valid.
 */
public final class HtmlValidator {

    /**
     * The schema the checker's command-line client uses by default (HTML with SVG, MathML, ITS and RDFa), read
     * from the checker's jar: the URL only names it.
     */
    private static final String HTML_SCHEMA = "http://s.validator.nu/html5-all.rnc";

    private HtmlValidator() {
    }

    /**
     * The errors that the checker finds in an HTML document, each as {@code "line:column: message"}, in the
     * order found ({@code "?"} stands for a line or column the checker does not give); empty when the document
     * is valid. Warnings and informational messages are left out.
     *
     * @param html a whole document, from {@code <!DOCTYPE html>} on
     */
    public static List<String> errors(String html) {
        return SharedChecker.INSTANCE.check(html);
    }

    /** The one checker of this JVM, made when first used (class initialisation makes this thread-safe). */
    private static final class SharedChecker {

        static final SharedChecker INSTANCE = new SharedChecker();

        private final ErrorCollector collector = new ErrorCollector();
        private final SimpleDocumentValidator validator;

        private SharedChecker() {
            // No Log4j set-up (Pressroom logs with logback), no logging of URLs, no language detection.
            validator = new SimpleDocumentValidator(false, false, false);
            try {
                validator.setUpMainSchema(HTML_SCHEMA, collector);
                // Buffered rather than streamed parsing, so that every error is reported, none is fatal.
                validator.setUpValidatorAndParsers(collector, true, false);
            } catch (Exception e) {
                throw new IllegalStateException("The Nu Html Checker could not be set up", e);
            }
            if (!collector.errors.isEmpty()) {
                throw new IllegalStateException("The Nu Html Checker's schema has errors: " + collector.errors);
            }
        }

        synchronized List<String> check(String html) {
            collector.errors.clear();
            InputSource input = new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
            try {
                validator.checkHtmlInputSource(input);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            } catch (SAXException e) {
                throw new IllegalStateException("The Nu Html Checker failed on the document", e);
            }
            return List.copyOf(collector.errors);
        }
    }

    /** Keeps errors and fatal errors as "line:column: message" ("?" where unknown); drops warnings. */
    private static final class ErrorCollector implements ErrorHandler {

        final List<String> errors = new ArrayList<>();

        @Override
        public void warning(SAXParseException warning) {
        }

        @Override
        public void error(SAXParseException error) {
            errors.add(position(error.getLineNumber()) + ":" + position(error.getColumnNumber()) + ": "
                    + error.getMessage());
        }

        @Override
        public void fatalError(SAXParseException error) {
            error(error);
        }

        /** The checker gives -1 where it has no position, as for a child missing at the end of an element. */
        private static String position(int number) {
            return number > 0 ? String.valueOf(number) : "?";
        }
    }
}
