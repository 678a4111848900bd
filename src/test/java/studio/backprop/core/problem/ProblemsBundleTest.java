package studio.backprop.core.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every problem code has a text in English and in Portuguese (Brazil) with the same placeholders, every code
 * the program uses has a text, and every text is used.
 */
class ProblemsBundleTest {
    private static final Pattern PLACEHOLDER = Pattern.compile("\\{(\\d+)}");
    /** A string literal that names a code: a family of the bundle, a dot, a name. */
    private static final Pattern CODE = Pattern.compile(
            "\"((?:session|json|preset|file|expr|graph|number|edit|limits|csv|digits|dataset)(?:\\.[A-Za-z0-9]+)+|plain)\"");
    private static final Path SOURCES = Path.of("src/main/java/studio/backprop/core");

    private static Properties read(String file) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = ProblemsBundleTest.class.getResourceAsStream("/studio/backprop/core/" + file)) {
            assertThat(in).as(file).isNotNull();
            texts.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return texts;
    }

    private static Set<String> placeholders(String text) {
        Set<String> found = new TreeSet<>();
        Matcher m = PLACEHOLDER.matcher(text);
        while (m.find()) found.add(m.group(1));
        return found;
    }

    /** The codes named in the core's sources (the front ends only show problems, they never make them). */
    private static Set<String> codesInSources() throws IOException {
        Set<String> codes = new TreeSet<>();
        try (Stream<Path> files = Files.walk(SOURCES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
                Matcher m = CODE.matcher(Files.readString(file));
                while (m.find()) codes.add(m.group(1));
            }
        }
        return codes;
    }

    @Test
    void portugueseHasExactlyTheEnglishCodesWithTheSamePlaceholders() throws IOException {
        Properties english = read("problems.properties");
        Properties portuguese = read("problems_pt_BR.properties");
        assertThat(portuguese.stringPropertyNames()).containsExactlyInAnyOrderElementsOf(english.stringPropertyNames());
        for (String code : english.stringPropertyNames()) {
            assertThat(portuguese.getProperty(code)).as(code).isNotBlank();
            assertThat(placeholders(portuguese.getProperty(code))).as(code).isEqualTo(placeholders(english.getProperty(code)));
        }
    }

    @Test
    void everyPortugueseTextIsTranslated() throws IOException {
        Properties english = read("problems.properties");
        Properties portuguese = read("problems_pt_BR.properties");
        for (String code : english.stringPropertyNames()) {
            String text = english.getProperty(code);
            // texts with words in them differ; "{0}: {1}" and names such as "gzip" stay as they are
            if (text.replaceAll("\\{\\d+}", "").matches(".*\\p{L}{3,}.*\\s.*\\p{L}{3,}.*")) {
                assertThat(portuguese.getProperty(code)).as(code).isNotEqualTo(text);
            }
        }
    }

    @Test
    void everyCodeTheProgramUsesHasATextAndEveryTextIsUsed() throws IOException {
        Set<String> used = codesInSources();
        Set<String> defined = read("problems.properties").stringPropertyNames();
        assertThat(used).as("codes without a text").isSubsetOf(defined);
        assertThat(defined).as("texts no code uses").isSubsetOf(used);
        assertThat(used).contains("expr.expectedOperand", "session.notJsonAt", "file.kind.pipe", "csv.oneField");
    }

    @Test
    void aTextFillsItsArgumentsAndShowsANestedProblemInTheSameLanguage() {
        Problem expected = Problem.of("expr.at", Problem.of("expr.column", 4),
                Problem.of("expr.expectedOperand", Problem.of("expr.inputEnded")));

        assertThat(expected.english()).isEqualTo("column 4: expected a number, a name or '(' but the input ended");
        assertThat(expected.text(Locale.forLanguageTag("pt-BR")))
                .isEqualTo("coluna 4: esperava-se um número, um nome ou '(', mas o texto terminou");
        assertThat(expected.text(Locale.GERMAN)).as("a language without texts gets English").isEqualTo(expected.english());
        assertThat(expected).hasToString(expected.english());
    }

    @Test
    void argumentsAreShownAsTheyAreEvenWithBracesOrQuotes() {
        assertThat(Problem.of("session.missingField", "a{0}b").english()).isEqualTo("missing field 'a{0}b'");
        assertThat(Problem.of("plain", "it's {1}").english()).isEqualTo("it's {1}");
        assertThat(Problem.of("plain").english()).as("a missing argument keeps its placeholder").isEqualTo("{0}");
        assertThat(Problem.of("plain", (Object) null).english()).isEmpty();
    }
}
