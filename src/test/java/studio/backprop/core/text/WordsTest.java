package studio.backprop.core.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import studio.backprop.core.graph.Phase;

/** The documents' words: both languages have every key, the same placeholders, and no empty text. */
class WordsTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");

    private static Properties load(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = WordsTest.class.getResourceAsStream("/studio/backprop/core/text/" + file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) found.add(m.group(1));
        return found;
    }

    @Test
    void portugueseHasExactlyTheEnglishKeysAndPlaceholders() throws IOException {
        Properties english = load("words.properties");
        Properties portuguese = load("words_pt_BR.properties");

        assertThat(portuguese.stringPropertyNames()).isEqualTo(english.stringPropertyNames());
        for (String key : english.stringPropertyNames()) {
            assertThat(portuguese.getProperty(key)).as(key).isNotBlank().isNotEqualTo(english.getProperty(key));
            assertThat(placeholders(portuguese.getProperty(key))).as(key).isEqualTo(placeholders(english.getProperty(key)));
        }
    }

    @Test
    void anyPortugueseGivesPortugueseAndAnythingElseEnglish() {
        assertThat(Words.of(Locale.forLanguageTag("pt")).heading(Phase.FORWARD)).isEqualTo("Passo direto");
        assertThat(Words.of("pt_BR", Locale.ENGLISH).format("handout.step", "3")).isEqualTo("Passo 3");
        assertThat(Words.of(Locale.GERMAN).heading(Phase.BACKWARD)).isEqualTo("Backward pass");
        assertThat(Words.of(" ", Locale.forLanguageTag("pt-PT")).heading(Phase.UPDATE)).isEqualTo("Atualização");
        assertThat(Words.of("en", Locale.forLanguageTag("pt-BR")).heading(Phase.ERROR)).isEqualTo("Error");
    }

    @Test
    void everyPhaseHasAHeading() {
        for (Phase phase : Phase.values()) {
            assertThat(Words.ENGLISH.heading(phase)).isNotBlank();
            assertThat(Words.of(Locale.forLanguageTag("pt-BR")).heading(phase)).isNotBlank();
        }
    }
}
