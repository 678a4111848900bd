package studio.backprop.app.controller;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import studio.backprop.core.io.OutputTarget;

/**
 * The most recently opened or saved session files, newest first, kept one path a line in a small text file.
 * A missing or unreadable list is an empty one, and a list that cannot be written is kept only in memory:
 * neither is worth interrupting the user for.
 */
public final class RecentFiles {
    /** How many files the list keeps. */
    public static final int LIMIT = 8;

    private final Path store;
    private final List<Path> files = new ArrayList<>();

    /** The list kept in {@code store} (read now if it exists). */
    public RecentFiles(Path store) {
        this.store = store;
        files.addAll(read(store));
    }

    /** The files, newest first. */
    public List<Path> files() {
        return List.copyOf(files);
    }

    /** Puts {@code file} first (once) and saves the list. */
    public void add(Path file) {
        Path absolute = file.toAbsolutePath().normalize();
        files.remove(absolute);
        files.add(0, absolute);
        while (files.size() > LIMIT) files.remove(files.size() - 1);
        write();
    }

    /** Removes {@code file} (it has gone missing) and saves the list. */
    public void remove(Path file) {
        if (files.remove(file.toAbsolutePath().normalize())) write();
    }

    private static List<Path> read(Path store) {
        List<Path> read = new ArrayList<>();
        try {
            if (!Files.isRegularFile(store) || Files.size(store) > 64 * 1024) return read;
            for (String line : Files.readAllLines(store, StandardCharsets.UTF_8)) {
                if (line.isBlank() || read.size() >= LIMIT) continue;
                try {
                    Path path = Path.of(line.strip());
                    if (path.isAbsolute() && !read.contains(path)) read.add(path);
                } catch (InvalidPathException skipped) {
                    // a line from another system or a damaged list: leave it out
                }
            }
        } catch (IOException | RuntimeException unreadable) {
            read.clear();
        }
        return read;
    }

    private void write() {
        try {
            StringBuilder lines = new StringBuilder();
            for (Path file : files) lines.append(file).append('\n');
            OutputTarget.write(store, OutputTarget.text(lines.toString()));
        } catch (IOException | RuntimeException notWritten) {
            // the list stays in memory for this run
        }
    }
}
