package org.pressroom.site;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The English and French interfaces hold the same keys, none empty, all well-formed. */
class MessagesTests {

    /** In a message with arguments, a single quote must be doubled or MessageFormat swallows text. */
    private static final Pattern LONE_QUOTE = Pattern.compile("(?<!')'(?!')");

    @Test
    void englishAndFrenchHoldTheSameKeys() throws IOException {
        Properties english = load("messages.properties");
        Properties french = load("messages_fr.properties");

        Set<String> missingInFrench = new TreeSet<>(english.stringPropertyNames());
        missingInFrench.removeAll(french.stringPropertyNames());
        Set<String> missingInEnglish = new TreeSet<>(french.stringPropertyNames());
        missingInEnglish.removeAll(english.stringPropertyNames());

        assertThat(missingInFrench).as("keys missing in messages_fr.properties").isEmpty();
        assertThat(missingInEnglish).as("keys missing in messages.properties").isEmpty();
    }

    @Test
    void noMessageIsBlank() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_fr.properties"}) {
            Properties messages = load(file);
            assertThat(messages.stringPropertyNames()).as(file)
                    .allSatisfy(key -> assertThat(messages.getProperty(key)).as(file + " " + key).isNotBlank());
        }
    }

    @Test
    void messagesWithArgumentsDoubleTheirApostrophes() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_fr.properties"}) {
            Properties messages = load(file);
            assertThat(messages.stringPropertyNames()).as(file)
                    .filteredOn(key -> messages.getProperty(key).contains("{0}"))
                    .allSatisfy(key -> assertThat(LONE_QUOTE.matcher(messages.getProperty(key)).find())
                            .as(file + " " + key + " has a single apostrophe").isFalse());
        }
    }

    @Test
    void messagesWithoutArgumentsKeepSingleApostrophes() throws IOException {
        for (String file : new String[] {"messages.properties", "messages_fr.properties"}) {
            Properties messages = load(file);
            assertThat(messages.stringPropertyNames()).as(file)
                    .filteredOn(key -> !messages.getProperty(key).contains("{0}"))
                    .allSatisfy(key -> assertThat(messages.getProperty(key)).as(file + " " + key + " shows a doubled apostrophe")
                            .doesNotContain("''"));
        }
    }

    private static Properties load(String name) throws IOException {
        Properties properties = new Properties();
        try (Reader reader = new InputStreamReader(MessagesTests.class.getResourceAsStream("/" + name), StandardCharsets.UTF_8)) {
            properties.load(reader);
        }
        return properties;
    }
}
