package studio.backprop.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The Portuguese (Brazil) bundle has every key of the English one, and each value fills the same placeholders. */
class MessagesBundleTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)");

    private static Properties read(String file) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesBundleTest.class.getResourceAsStream("/studio/backprop/app/" + file)) {
            assertThat(in).as(file).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    private static Set<String> placeholders(String pattern) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(pattern);
        while (m.find()) found.add(m.group(1));
        return found;
    }

    @Test
    void portugueseHasExactlyTheEnglishKeys() throws IOException {
        Properties english = read("messages.properties");
        Properties portuguese = read("messages_pt_BR.properties");
        assertThat(english).hasSizeGreaterThan(300);
        assertThat(portuguese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
    }

    @Test
    void noPortugueseValueIsEmpty() throws IOException {
        Properties portuguese = read("messages_pt_BR.properties");
        List<String> empty = new ArrayList<>();
        for (String key : portuguese.stringPropertyNames()) {
            if (portuguese.getProperty(key).isBlank()) empty.add(key);
        }
        assertThat(empty).isEmpty();
    }

    @Test
    void placeholdersMatchTheEnglishOnes() throws IOException {
        Properties english = read("messages.properties");
        Properties portuguese = read("messages_pt_BR.properties");
        List<String> differing = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            String translated = portuguese.getProperty(key, "");
            if (!placeholders(english.getProperty(key)).equals(placeholders(translated))) differing.add(key);
        }
        assertThat(differing).isEmpty();
    }

    @Test
    void everyPortuguesePatternIsAValidMessageFormat() throws IOException {
        Properties portuguese = read("messages_pt_BR.properties");
        for (String key : portuguese.stringPropertyNames()) {
            String pattern = portuguese.getProperty(key);
            if (pattern.contains("{")) {
                MessageFormat format = new MessageFormat(pattern, Locale.ROOT);
                assertThat(format.toPattern()).as(key).isNotEmpty();
            }
        }
    }

    @Test
    void loadingPicksTheBundleOfTheLanguageWithoutFallingBackToTheSystemLocale() {
        Locale before = Locale.getDefault();
        try {
            Locale.setDefault(Language.PORTUGUESE_BRAZIL);
            ResourceBundle english = Messages.load(Locale.ENGLISH);
            assertThat(english.getString("menu.file")).isEqualTo("File");
        } finally {
            Locale.setDefault(before);
        }
        ResourceBundle portuguese = Messages.load(Language.PORTUGUESE_BRAZIL);
        assertThat(portuguese.getString("menu.file")).isEqualTo("Arquivo");
        assertThat(portuguese.getString("phase.backward")).isEqualTo("Passo reverso");
    }
}
