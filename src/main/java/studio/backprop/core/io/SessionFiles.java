package studio.backprop.core.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import studio.backprop.core.doc.Document;
import studio.backprop.core.nn.NetworkSpec;
import studio.backprop.core.problem.Problem;

/**
 * Reads and writes session files: the versioned JSON form of a {@link Document} described in
 * {@code src/main/resources/studio/backprop/presets/FORMAT.md}. Every problem, from a missing file to a
 * weight matrix of the wrong shape, becomes a {@link SessionException} with a one-line message; no other
 * exception escapes. Files that are too large, binary, too deeply nested or full of absurd numbers are
 * refused before they can cost much memory or time.
 */
public final class SessionFiles {
    /** The format version this program writes; it reads this version and every older one. */
    public static final int VERSION = SessionReader.CURRENT_VERSION;
    /** Largest file read, in bytes (20 MiB); checked before the file is read. */
    public static final long MAX_FILE_BYTES = 20L * 1024 * 1024;
    /** Deepest nesting of arrays and objects. */
    public static final int MAX_DEPTH = 64;
    /** Most layers, the input layer included. */
    public static final int MAX_LAYERS = NetworkSpec.MAX_LAYERS;
    /** Most neurons in one layer. */
    public static final int MAX_NEURONS = NetworkSpec.MAX_NEURONS;
    /** Most weights and biases in a network. */
    public static final int MAX_PARAMETERS = NetworkSpec.MAX_PARAMETERS;
    /** Most numbers in a network session's data, inputs and targets of the training and test set together. */
    public static final int MAX_DATA_NUMBERS = Limits.MAX_DATA_NUMBERS;
    /** Most samples in the training set, and in the test set. */
    public static final int MAX_SAMPLES = 100_000;
    /** Largest magnitude of any number: weights, biases, data, values, learning rate. */
    public static final double MAX_MAGNITUDE = 1e12;
    /** Longest expression text. */
    public static final int MAX_EXPRESSION_CHARS = 100_000;
    /** Most variable values in an expression session. */
    public static final int MAX_VARIABLES = 1_000;

    static final int MAX_NUMBER_CHARS = 100;
    static final int MAX_STRING_CHARS = 1_000_000;
    static final long MAX_TOKENS = 5_000_000;

    private static final ObjectMapper MAPPER = new ObjectMapper(JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxNumberLength(MAX_NUMBER_CHARS)
                    .maxStringLength(MAX_STRING_CHARS)
                    .maxNameLength(1_000)
                    .maxDocumentLength(MAX_FILE_BYTES)
                    .maxTokenCount(MAX_TOKENS)
                    .build())
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build())
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    /** An exponent of -100 or below: the only way a number of at most 100 characters can be too small for a double. */
    private static final Pattern TINY_EXPONENT = Pattern.compile("[eE]-0*[1-9][0-9]{2}");
    private static final Pattern NONZERO_MANTISSA = Pattern.compile("^-?[0-9]*[1-9]");

    private SessionFiles() {
    }

    // ---- reading

    /** Reads a session file; errors name the file by its file name. */
    public static Session read(Path file) {
        String source = displayName(file);
        if (file.toString().isBlank()) throw new SessionException("(no file name)", null, Problem.of("file.noName"));
        byte[] bytes;
        try {
            BasicFileAttributes attributes = Files.readAttributes(file, BasicFileAttributes.class);
            if (attributes.isDirectory()) throw new SessionException(source, null, Problem.of("session.isFolder"));
            if (!attributes.isRegularFile()) throw new SessionException(source, null, Problem.of("session.notRegular"));
            if (attributes.size() > MAX_FILE_BYTES) throw tooLarge(source, attributes.size());
            try (InputStream in = Files.newInputStream(file)) {
                bytes = in.readNBytes((int) MAX_FILE_BYTES + 1);
            }
            if (bytes.length > MAX_FILE_BYTES) throw tooLarge(source, bytes.length);
        } catch (NoSuchFileException e) {
            throw new SessionException(source, null, Problem.of("session.notFound"), e);
        } catch (IOException e) {
            throw new SessionException(source, null, Problem.of("session.cannotRead", reason(e)), e);
        }
        return read(bytes, source);
    }

    /**
     * Reads a session from JSON text.
     *
     * @param sourceName what errors call the text, usually a file name ("mazur.json")
     */
    public static Session read(String json, String sourceName) {
        if (json.length() > MAX_FILE_BYTES) {
            throw new SessionException(sourceName, null,
                    Problem.of("session.textTooLong", SessionReader.count(json.length()), megabytes(MAX_FILE_BYTES)));
        }
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            if (c == 0) throw notText(sourceName, Problem.of("session.why.nulCharacters"));
            if (Character.isSurrogate(c)) {
                boolean paired = Character.isHighSurrogate(c) && i + 1 < json.length() && Character.isLowSurrogate(json.charAt(i + 1));
                if (!paired) throw notText(sourceName, Problem.of("session.why.brokenCharacter", i));
                i++;
            }
        }
        return parse(json, sourceName);
    }

    /** Reads a session from the bytes of a file, which must be UTF-8 text (a byte order mark is allowed). */
    static Session read(byte[] bytes, String sourceName) {
        int start = 0;
        if (bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF) start = 3;
        if (bytes.length >= 2 && ((bytes[0] & 0xFF) == 0xFE && (bytes[1] & 0xFF) == 0xFF
                || (bytes[0] & 0xFF) == 0xFF && (bytes[1] & 0xFF) == 0xFE)) {
            throw notText(sourceName, Problem.of("session.why.utf16"));
        }
        for (int i = start; i < bytes.length; i++) {
            if (bytes[i] == 0) throw notText(sourceName, Problem.of("session.why.nulBytes"));
        }
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT).onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        CharBuffer out = CharBuffer.allocate(bytes.length);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) throw notText(sourceName, Problem.of("session.why.invalidUtf8", in.position()));
        return parse(out.flip().toString(), sourceName);
    }

    private static Session parse(String text, String source) {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            throw translate(e, source, text);
        } catch (RuntimeException e) {
            throw unexpected(source, e);
        }
        if (root == null || root.isMissingNode()) throw new SessionException(source, null, Problem.of("session.emptyFile"));
        refuseUnderflow(text, source);
        try {
            return new SessionReader(source).read(root);
        } catch (SessionException e) {
            throw e;
        } catch (RuntimeException e) {
            throw unexpected(source, e);
        }
    }

    /**
     * Refuses a number written non-zero that a double holds only as 0 ({@code 1e-999}): read silently, it would
     * change the network. Only text with a tiny exponent is scanned again, token by token, to name the field.
     */
    private static void refuseUnderflow(String text, String source) {
        if (!TINY_EXPONENT.matcher(text).find()) return;
        try (JsonParser parser = MAPPER.getFactory().createParser(text)) {
            for (JsonToken token = parser.nextToken(); token != null; token = parser.nextToken()) {
                if (token == JsonToken.VALUE_NUMBER_FLOAT && parser.getDoubleValue() == 0
                        && NONZERO_MANTISSA.matcher(parser.getText().split("[eE]")[0].replace(".", "")).find()) {
                    throw new SessionException(source, path(parser.getParsingContext()),
                            Problem.of("session.underflow", parser.getText()));
                }
            }
        } catch (IOException e) {
            // the text parsed once already; a second pass cannot fail where the first did not
        }
    }

    // ---- writing

    /** The session as JSON text in the current format; throws if a number is not finite or a field would not read back. */
    public static String write(Session session) {
        return write(session, session.name() + ".json");
    }

    /** As {@link #write(Session)} for a document with its name and description. */
    public static String write(Document document, String name, String description) {
        return write(new Session(document, name, description));
    }

    private static String write(Session session, String source) {
        String text = new SessionWriter(source).write(session);
        try {
            parse(text, source);
        } catch (SessionException e) {
            throw new SessionException(source, e.field(), Problem.of("session.cannotSave", e.typedReason()), e);
        }
        return text;
    }

    /**
     * Saves a session atomically: the text goes to a temporary file in the same folder, which is flushed to
     * disk and then moved over {@code file}. If anything fails, an existing file is left as it was.
     */
    public static void save(Path file, Session session) {
        save(file, session, SessionFiles::writeFully);
    }

    /** As {@link #save(Path, Session)} for a document with its name and description. */
    public static void save(Path file, Document document, String name, String description) {
        save(file, new Session(document, name, description));
    }

    /** How the bytes go into the temporary file; tests replace it to make a save fail halfway. */
    interface TempWriter {
        void write(OutputStream out, byte[] bytes) throws IOException;
    }

    static void save(Path file, Session session, TempWriter tempWriter) {
        String source = displayName(file);
        try {
            OutputTarget.check(file);
        } catch (OutputException refused) {
            throw new SessionException(source, null, Problem.of("session.cannotSave", refused.typedReason()), refused);
        }
        byte[] bytes = write(session, source).getBytes(StandardCharsets.UTF_8);
        try {
            OutputTarget.write(file, out -> tempWriter.write(out, bytes));
        } catch (OutputException e) {
            throw new SessionException(source, null, Problem.of("session.cannotSave", e.typedReason()), e);
        }
    }

    private static void writeFully(OutputStream out, byte[] bytes) throws IOException {
        out.write(bytes);
    }

    // ---- messages

    private static String displayName(Path file) {
        Path name = file.getFileName();
        return name == null ? file.toString() : name.toString();
    }

    private static SessionException tooLarge(String source, long size) {
        return new SessionException(source, null, Problem.of("session.fileTooLarge", megabytes(size), megabytes(MAX_FILE_BYTES)));
    }

    private static String megabytes(long bytes) {
        double mb = bytes / (1024.0 * 1024.0);
        return mb == Math.rint(mb) ? (long) mb + " MB" : String.format(Locale.ROOT, "%.1f MB", mb);
    }

    private static SessionException notText(String source, Problem why) {
        return new SessionException(source, null, Problem.of("session.notText", why));
    }

    private static SessionException unexpected(String source, RuntimeException e) {
        return new SessionException(source, null, Problem.of("session.unexpected", e.getClass().getSimpleName()
                + (e.getMessage() == null ? "" : ": " + SessionReader.shorten(e.getMessage()))), e);
    }

    private static Object reason(IOException e) {
        if (e instanceof AccessDeniedException) return Problem.of("file.permissionDenied");
        if (e instanceof NoSuchFileException) return Problem.of("file.noFolder");
        if (e instanceof FileSystemException fs && fs.getReason() != null) return fs.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }

    private static final Pattern CODE = Pattern.compile("code (\\d+)\\)");
    private static final Pattern QUOTED = Pattern.compile("'(.*?)'");

    /** Turns Jackson's parse errors into one line that says where and what, in the user's words. */
    private static SessionException translate(JsonProcessingException e, String source, String text) {
        String message = e.getOriginalMessage() == null ? e.getClass().getSimpleName() : e.getOriginalMessage();
        if (e instanceof StreamConstraintsException) return new SessionException(source, null, limit(message), e);
        int line = e.getLocation() == null ? 0 : e.getLocation().getLineNr();
        int column = e.getLocation() == null ? 0 : e.getLocation().getColumnNr();
        
        if (e instanceof JsonEOFException || message.startsWith("Unexpected end-of-input")) {
            long lastLine = Math.max(1, text.lines().count());
            return new SessionException(source, null, Problem.of("session.truncated", lastLine), e);
        }
        if (message.startsWith("Duplicate field") && e.getProcessor() instanceof JsonParser parser) {
            return new SessionException(source, path(parser.getParsingContext()),
                    line > 0 ? Problem.of("session.twiceAtLine", line) : Problem.of("session.twice"), e);
        }
        if (message.startsWith("Trailing token")) {
            return notJson(source, line, column, Problem.of("json.trailing"), e);
        }
        return notJson(source, line, column, syntax(message), e);
    }

    private static SessionException notJson(String source, int line, int column, Object what, Exception e) {
        Problem problem = line > 0 ? Problem.of("session.notJsonAt", line, column, what) : Problem.of("session.notJson", what);
        return new SessionException(source, null, problem, e);
    }

    private static Object syntax(String message) {
        Matcher code = CODE.matcher(message);
        Matcher quoted = QUOTED.matcher(message);
        if (message.startsWith("Unexpected character") && code.find()) {
            int c = Integer.parseInt(code.group(1));
            return c < 32 ? Problem.of("json.controlCharacter", c) : Problem.of("json.unexpectedCharacter", Character.toString(c));
        }
        if (message.startsWith("Illegal unquoted character") && code.find()) {
            return Problem.of("json.controlInText", code.group(1));
        }
        if (message.startsWith("Unrecognized token") && quoted.find()) return Problem.of("json.unrecognizedWord", SessionReader.quote(quoted.group(1)));
        if (message.startsWith("Non-standard token") && quoted.find()) return Problem.of("json.notAllowed", SessionReader.quote(quoted.group(1)));
        if (message.startsWith("Unexpected close marker") && quoted.find()) return Problem.of("json.unexpected", SessionReader.quote(quoted.group(1)));
        String first = message.lines().findFirst().orElse("");
        int colon = first.indexOf(": ");
        if (colon > 0 && message.startsWith("Invalid numeric value")) {
            return Problem.of("json.invalidNumber", first.substring(colon + 2).toLowerCase(Locale.ROOT));
        }
        String shortMessage = colon > 0 ? first.substring(0, colon) : first;
        if (shortMessage.length() > 80) shortMessage = shortMessage.substring(0, 80) + "…";
        return shortMessage.isEmpty() ? Problem.of("json.syntax") : Character.toLowerCase(shortMessage.charAt(0)) + shortMessage.substring(1);
    }

    private static Problem limit(String message) {
        if (message.contains("nesting depth")) return Problem.of("json.tooDeep", MAX_DEPTH);
        if (message.startsWith("Number value length")) return Problem.of("json.numberTooLong", MAX_NUMBER_CHARS);
        if (message.startsWith("String value length")) return Problem.of("json.textTooLong", SessionReader.count(MAX_STRING_CHARS));
        if (message.startsWith("Name length")) return Problem.of("json.nameTooLong", "1,000");
        if (message.startsWith("Token count")) return Problem.of("json.tooManyValues", SessionReader.count(MAX_TOKENS));
        if (message.startsWith("Document length")) return Problem.of("json.fileTooLarge", megabytes(MAX_FILE_BYTES));
        return Problem.of("json.limit", SessionReader.shorten(message));
    }

    /** The field path of a parser position, in the same notation as the checks: {@code network.weights[1]}. */
    private static String path(JsonStreamContext context) {
        Deque<JsonStreamContext> chain = new ArrayDeque<>();
        for (JsonStreamContext c = context; c != null && !c.inRoot(); c = c.getParent()) chain.push(c);
        String path = "";
        for (JsonStreamContext c : chain) {
            if (c.inArray()) path += "[" + Math.max(c.getCurrentIndex(), 0) + "]";
            else if (c.getCurrentName() != null) path = SessionReader.join(path, c.getCurrentName());
        }
        return path.isEmpty() ? null : path;
    }
}
