package studio.backprop.core.text;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.ResourceBundle;
import studio.backprop.core.graph.Phase;

/**
 * The words of the documents the core writes — phase headings, "Step 3", the notes, the worksheet's lines — in
 * English (the base bundle {@code studio/backprop/core/text/words.properties}) or Brazilian Portuguese. The one
 * source of these words for the window's handouts and the command line's alike.
 */
public final class Words {
    /** The base name of the bundles. */
    public static final String BUNDLE_NAME = "studio.backprop.core.text.words";
    /** English, the words of the command line's {@code trace}. */
    public static final Words ENGLISH = of(Locale.ENGLISH);

    private final ResourceBundle bundle;

    private Words(ResourceBundle bundle) {
        this.bundle = bundle;
    }

    /** The words for a language: any Portuguese gives Brazilian Portuguese, anything else English. */
    public static Words of(Locale locale) {
        Locale chosen = "pt".equals(locale.getLanguage()) ? Locale.forLanguageTag("pt-BR") : Locale.ROOT;
        return new Words(ResourceBundle.getBundle(BUNDLE_NAME, chosen,
                ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES)));
    }

    /**
     * The words for a language named by a tag such as {@code pt-BR}, {@code pt_BR} or {@code en}; a missing or
     * blank tag means {@code fallback}.
     */
    public static Words of(String tag, Locale fallback) {
        return of(tag == null || tag.isBlank() ? fallback : Locale.forLanguageTag(tag.strip().replace('_', '-')));
    }

    /** The language these words are in. */
    public Locale locale() {
        return bundle.getLocale();
    }

    /** The text for a key. */
    public String get(String key) {
        return bundle.getString(key);
    }

    /** The text for a key with {@code {0}}, {@code {1}}, … filled in. */
    public String format(String key, Object... args) {
        return new MessageFormat(bundle.getString(key), Locale.ROOT).format(args);
    }

    /** The heading of a phase: "Forward pass", "Error", "Backward pass", "Update". */
    public String heading(Phase phase) {
        return get("phase." + phase.name().toLowerCase(Locale.ROOT));
    }
}
