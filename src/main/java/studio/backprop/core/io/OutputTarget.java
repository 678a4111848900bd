package studio.backprop.core.io;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import studio.backprop.core.problem.Problem;

/**
 * The one way the studio writes a file: sessions, the recovery file, settings, PNGs, handouts, worksheets and
 * every other export. The same rules hold for each:
 * <ul>
 *   <li>a path that exists and is not a regular file (a character or block device, a FIFO, a socket) is refused,
 *       and so is a folder — the file is never put inside it under a made-up name, and the folder is never
 *       replaced; a read-only file is refused too;</li>
 *   <li>a symbolic link is followed and the file it points to is replaced (the link stays a link);</li>
 *   <li>missing parent folders are created;</li>
 *   <li>the bytes go to a temporary file in the target's folder, which is flushed to disk and then renamed over
 *       the target, so a crash or a kill at any moment leaves the old file or the new one, never a mixture;</li>
 *   <li>a {@link Batch} of files (a handout and its pictures) is checked whole and staged whole before the
 *       first one replaces anything: if one cannot be written, none is.</li>
 * </ul>
 * Every refusal and failure is an {@link OutputException} with one line naming the path.
 */
public final class OutputTarget {
    /** What goes into a file, written to a stream the caller must not close. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private static final int MAX_LINKS = 40;
    private static final int MODE_TYPE = 0170000;

    private OutputTarget() { }

    /** Content that is this text in UTF-8. */
    public static Content text(String text) {
        byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
        return out -> out.write(bytes);
    }

    /**
     * The file that writing to {@code requested} would replace or create: links followed, the target checked.
     * Nothing is created or written.
     *
     * @throws OutputException naming the path when it would be refused
     */
    public static Path check(Path requested) throws OutputException {
        if (requested == null || requested.toString().isBlank()) throw new OutputException(requested, Problem.of("file.noName"));
        Path target = follow(requested);
        for (Path up = target.getParent(); up != null; up = up.getParent()) {
            if (!Files.exists(up)) continue; // created when written
            if (!Files.isDirectory(up)) throw new OutputException(requested, Problem.of("file.notFolder", up));
            break;
        }
        BasicFileAttributes attributes = attributes(target);
        Object via = target.equals(requested.toAbsolutePath()) ? "" : Problem.of("file.via", target);
        if (attributes != null) {
            if (attributes.isDirectory()) {
                throw new OutputException(requested, Problem.of("file.isFolder", via));
            }
            if (!attributes.isRegularFile()) {
                throw new OutputException(requested, Problem.of("file.special", kind(target), via));
            }
            if (!Files.isWritable(target)) throw new OutputException(requested, Problem.of("file.readOnly", via));
        }
        return target;
    }

    /**
     * Writes one file atomically (see the class comment); returns the file written, links followed.
     *
     * @throws OutputException naming the path when it is refused or cannot be written; the old file is then untouched
     */
    public static Path write(Path requested, Content content) throws OutputException {
        return batch().add(requested, content).commit().get(0);
    }

    /** A new, empty set of files to write all or nothing. */
    public static Batch batch() {
        return new Batch();
    }

    /** Several files written all or nothing: every target is checked, then every file staged, then each renamed. */
    public static final class Batch {
        private final Map<Path, Content> files = new LinkedHashMap<>();

        private Batch() { }

        /** Adds a file; adding the same path twice keeps the last content. */
        public Batch add(Path requested, Content content) {
            files.put(requested, content);
            return this;
        }

        /** The files added so far, in order. */
        public List<Path> paths() {
            return List.copyOf(files.keySet());
        }

        /**
         * Checks every target, stages every file beside its target and, only when all are staged, renames each
         * over its target. Returns the files written, links followed, in the order they were added.
         *
         * @throws OutputException naming the first path that is refused or fails; no target is then touched
         */
        public List<Path> commit() throws OutputException {
            List<Path> requested = new ArrayList<>(files.keySet());
            List<Path> targets = new ArrayList<>();
            for (Path path : requested) {
                Path target = check(path);
                if (targets.contains(target)) throw new OutputException(path, Problem.of("file.namedTwice"));
                targets.add(target);
            }
            List<Path> staged = new ArrayList<>();
            boolean committed = false;
            try {
                for (int i = 0; i < requested.size(); i++) {
                    staged.add(stage(requested.get(i), targets.get(i), files.get(requested.get(i))));
                }
                for (int i = 0; i < targets.size(); i++) {
                    move(requested.get(i), staged.get(i), targets.get(i));
                    staged.set(i, null);
                }
                committed = true;
            } finally {
                if (!committed) {
                    for (Path temp : staged) deleteQuietly(temp);
                }
            }
            return List.copyOf(targets);
        }
    }

    // ---- the steps

    /** The path with every symbolic link along its last element followed, made absolute. */
    private static Path follow(Path requested) throws OutputException {
        Path current;
        try {
            current = requested.toAbsolutePath();
            for (int hops = 0; Files.isSymbolicLink(current); hops++) {
                if (hops == MAX_LINKS) throw new OutputException(requested, Problem.of("file.tooManyLinks"));
                Path link = Files.readSymbolicLink(current);
                current = current.getParent() == null ? link : current.getParent().resolve(link);
            }
        } catch (InvalidPathException e) {
            throw new OutputException(requested, Problem.of("file.invalidName", e.getReason()), e);
        } catch (IOException | SecurityException e) {
            throw new OutputException(requested, Problem.of("file.cannotFollow", reason(e)), e);
        }
        if (current.getFileName() == null) throw new OutputException(requested, Problem.of("file.isFolder", ""));
        return current;
    }

    /** Writes the content into a new temporary file beside the target and flushes it to disk. */
    private static Path stage(Path requested, Path target, Content content) throws OutputException {
        Path folder = target.getParent();
        Path temp = null;
        boolean done = false;
        try {
            Files.createDirectories(folder);
            String name = target.getFileName().toString();
            temp = Files.createTempFile(folder, "." + (name.length() > 100 ? name.substring(0, 100) : name) + ".", ".tmp");
            copyPermissions(target, temp);
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.WRITE, StandardOpenOption.TRUNCATE_EXISTING)) {
                OutputStream out = new BufferedOutputStream(Channels.newOutputStream(channel), 1 << 16);
                content.writeTo(out);
                out.flush();
                channel.force(true);
            }
            done = true;
            return temp;
        } catch (IOException | SecurityException e) {
            if (e instanceof OutputException refused) throw refused;
            throw new OutputException(requested, Problem.of("file.cannotWriteIn", folder, reason(e)), e);
        } finally {
            if (!done) deleteQuietly(temp);
        }
    }

    /** Renames the staged file over the target (atomically where the file system can) and syncs the folder. */
    private static void move(Path requested, Path temp, Path target) throws OutputException {
        try {
            try {
                Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException | SecurityException e) {
            throw new OutputException(requested, Problem.of("file.cannotReplace", reason(e)), e);
        }
        syncFolder(target.getParent());
    }

    /** Makes the rename itself durable; file systems that cannot open a folder for syncing are left as they are. */
    private static void syncFolder(Path folder) {
        try (FileChannel channel = FileChannel.open(folder, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException notSupported) {
            // Windows and some file systems cannot sync a folder; the rename is still atomic
        }
    }

    /** Gives the new file the old one's permissions, or the usual rw-r--r-- (a temporary file starts private). */
    private static void copyPermissions(Path target, Path temp) throws IOException {
        PosixFileAttributeView view = Files.getFileAttributeView(temp, PosixFileAttributeView.class);
        if (view == null) return;
        view.setPermissions(Files.isRegularFile(target) ? Files.getPosixFilePermissions(target)
                : PosixFilePermissions.fromString("rw-r--r--"));
    }

    private static BasicFileAttributes attributes(Path path) throws OutputException {
        try {
            return Files.readAttributes(path, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
        } catch (NoSuchFileException | NotDirectoryException missing) {
            return null;
        } catch (FileSystemException e) {
            // a file where a folder should be above the path (ENOTDIR): the walk up the folders names it
            if ("Not a directory".equals(e.getReason())) return null;
            throw new OutputException(path, Problem.of("file.cannotLook", reason(e)), e);
        } catch (IOException | SecurityException e) {
            throw new OutputException(path, Problem.of("file.cannotLook", reason(e)), e);
        }
    }

    /** What kind of thing a non-regular path is, as the user would say it. */
    private static Problem kind(Path path) {
        try {
            int mode = (Integer) Files.getAttribute(path, "unix:mode", LinkOption.NOFOLLOW_LINKS);
            return Problem.of(switch (mode & MODE_TYPE) {
                case 0020000 -> "file.kind.characterDevice";
                case 0060000 -> "file.kind.blockDevice";
                case 0010000 -> "file.kind.pipe";
                case 0140000 -> "file.kind.socket";
                default -> "file.kind.special";
            });
        } catch (IOException | RuntimeException unknown) {
            return Problem.of("file.kind.special");
        }
    }

    private static void deleteQuietly(Path temp) {
        if (temp == null) return;
        try {
            Files.deleteIfExists(temp);
        } catch (IOException | RuntimeException ignored) {
            // the write already failed; a stray temporary file is the lesser problem
        }
    }

    /** A low-level failure in a few words. */
    static Object reason(Exception e) {
        if (e instanceof AccessDeniedException) return Problem.of("file.permissionDenied");
        if (e instanceof NoSuchFileException) return Problem.of("file.noFolder");
        if (e instanceof FileSystemException fs && fs.getReason() != null) return fs.getReason();
        return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
    }
}
