package studio.backprop.app.support;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** How the language is chosen: the system property, then the saved setting, then the system locale. */
class LanguageTest {
    @Test
    void thePropertyPtBrGivesPortuguese() {
        assertThat(Language.resolve("pt-BR", null, Locale.US)).isEqualTo(Language.PORTUGUESE_BRAZIL);
        assertThat(Language.resolve("pt_BR", "en", Locale.US)).isEqualTo(Language.PORTUGUESE_BRAZIL);
    }

    @Test
    void thePropertyWinsOverTheSettingAndTheSystem() {
        assertThat(Language.resolve("en", "pt-BR", Language.PORTUGUESE_BRAZIL)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void theSettingWinsOverTheSystem() {
        assertThat(Language.resolve(null, "pt-BR", Locale.US)).isEqualTo(Language.PORTUGUESE_BRAZIL);
        assertThat(Language.resolve(" ", "en", Language.PORTUGUESE_BRAZIL)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void theSystemLocaleDecidesWhenNothingIsChosen() {
        assertThat(Language.resolve(null, null, Language.PORTUGUESE_BRAZIL)).isEqualTo(Language.PORTUGUESE_BRAZIL);
        assertThat(Language.resolve(null, null, Locale.GERMANY)).isEqualTo(Locale.ENGLISH);
        assertThat(Language.resolve(null, null, Locale.US)).isEqualTo(Locale.ENGLISH);
    }

    @Test
    void anyPortugueseGivesTheBrazilianBundle() {
        assertThat(Language.resolve("pt-PT", null, Locale.US)).isEqualTo(Language.PORTUGUESE_BRAZIL);
        assertThat(Language.resolve(null, null, Locale.forLanguageTag("pt"))).isEqualTo(Language.PORTUGUESE_BRAZIL);
    }

    @Test
    void theResolvedLanguageLoadsItsBundle() {
        Locale chosen = Language.resolve("pt-BR", null, Locale.US);
        assertThat(Messages.load(chosen).getString("menu.view")).isEqualTo("Exibir");
        assertThat(Messages.load(Language.resolve("en", null, Language.PORTUGUESE_BRAZIL)).getString("menu.view"))
                .isEqualTo("View");
    }

    @Test
    void aSavedChoiceIsReadBackAndKeepsOtherSettings(@TempDir Path dir) throws IOException {
        assertThat(Language.saved(dir)).isEmpty();
        Files.writeString(dir.resolve(Language.SETTINGS_FILE), "theme=dark\n", StandardCharsets.UTF_8);
        Language.save(dir, Language.PORTUGUESE_BRAZIL);
        assertThat(Language.saved(dir)).contains("pt-BR");
        assertThat(Files.readString(dir.resolve(Language.SETTINGS_FILE), StandardCharsets.UTF_8)).contains("theme=dark");
        Language.save(dir.resolve("new"), Locale.ENGLISH);
        assertThat(Language.saved(dir.resolve("new"))).contains("en");
    }
}
