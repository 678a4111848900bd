package studio.backprop.app.controller;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/** Dialogs answered by the test: queued answers, and a record of what was asked and shown. */
final class FakeDialogs implements DocumentDialogs {
    final Deque<Choice> choices = new ArrayDeque<>();
    final Deque<Path> files = new ArrayDeque<>();
    final List<String> asked = new ArrayList<>();
    final List<String> errors = new ArrayList<>();
    final List<String> recoveries = new ArrayList<>();
    boolean restore = true;

    @Override
    public Choice askToSave(String documentName) {
        asked.add(documentName);
        if (choices.isEmpty()) throw new AssertionError("unexpected question about saving " + documentName);
        return choices.pop();
    }

    @Override
    public Optional<Path> chooseFileToOpen(Path folder) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public Optional<Path> chooseFileToSave(Path folder, String fileName) {
        return Optional.ofNullable(files.poll());
    }

    @Override
    public boolean offerRecovery(String what) {
        recoveries.add(what);
        return restore;
    }

    @Override
    public void showError(String message) {
        errors.add(message);
    }
}
