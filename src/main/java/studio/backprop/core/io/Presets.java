package studio.backprop.core.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import studio.backprop.core.problem.Problem;

/**
 * The built-in examples, stored as session files under {@code studio/backprop/presets/} and read by the same
 * reader as the user's files. {@code index.json} lists them in menu order; adding a preset means adding its
 * JSON file and its name there.
 */
public final class Presets {
    private static final String FOLDER = "/studio/backprop/presets/";
    private static final Map<String, Session> LOADED = new ConcurrentHashMap<>();
    private static volatile List<String> names;

    private Presets() {
    }

    /** The preset names in menu order: simple, mazur, xor, … */
    public static List<String> names() {
        List<String> known = names;
        if (known == null) {
            known = readIndex();
            names = known;
        }
        return known;
    }

    /** The preset of that name; an unknown name gives a SessionException listing the known ones. */
    public static Session load(String name) {
        if (!names().contains(name)) {
            throw new SessionException("presets", null,
                    Problem.of("preset.unknown", SessionReader.quote(name), String.join(", ", names())));
        }
        return LOADED.computeIfAbsent(name, n -> SessionFiles.read(resource(n + ".json"), "presets/" + n + ".json"));
    }

    /** The preset's description, as shown beside its name. */
    public static String description(String name) {
        return load(name).description();
    }

    /** Reads {@code index.json}: {@code {"presets": ["simple", "mazur", …]}}. */
    private static List<String> readIndex() {
        String source = "presets/index.json";
        JsonNode list;
        try {
            list = new ObjectMapper().readTree(resource("index.json")).path("presets");
        } catch (IOException e) {
            throw new SessionException(source, null, Problem.of("preset.notJson"), e);
        }
        if (!list.isArray() || list.isEmpty()) throw new SessionException(source, "presets", Problem.of("preset.expectedList"));
        List<String> result = new ArrayList<>();
        for (int i = 0; i < list.size(); i++) {
            if (!list.get(i).isTextual()) throw new SessionException(source, "presets[" + i + "]", Problem.of("preset.expectedName"));
            result.add(list.get(i).textValue());
        }
        return List.copyOf(result);
    }

    private static byte[] resource(String file) {
        try (InputStream in = Presets.class.getResourceAsStream(FOLDER + file)) {
            if (in == null) throw new SessionException("presets/" + file, null, Problem.of("preset.missing"));
            byte[] bytes = in.readNBytes((int) SessionFiles.MAX_FILE_BYTES + 1);
            if (bytes.length > SessionFiles.MAX_FILE_BYTES) throw new SessionException("presets/" + file, null, Problem.of("preset.tooLarge"));
            return bytes;
        } catch (IOException e) {
            throw new SessionException("presets/" + file, null, Problem.of("preset.cannotRead", e.getMessage()), e);
        }
    }
}
