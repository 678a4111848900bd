package studio.backprop.app.controller;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** What nothing caught is one line a person can read, never a stack trace. */
class FailuresTest {
    @Test
    void outOfMemoryIsOneLineThatSaysWhatToDo() {
        String line = Failures.line(new OutOfMemoryError("Java heap space"));

        assertThat(line).contains("-Xmx2g").doesNotContain("\n").doesNotContain("at java.");
    }

    @Test
    void anyOtherFailureIsItsFirstLineOrItsName() {
        assertThat(Failures.line(new IllegalStateException("the trace is gone\n\tat somewhere")))
                .contains("the trace is gone").doesNotContain("somewhere").doesNotContain("\n");
        assertThat(Failures.line(new NullPointerException())).contains("NullPointerException");
    }
}
