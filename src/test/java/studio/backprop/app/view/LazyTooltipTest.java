package studio.backprop.app.view;

import static org.assertj.core.api.Assertions.assertThat;
import static studio.backprop.app.Fx.fx;

import javafx.event.Event;
import javafx.scene.control.Button;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.input.MouseEvent;
import javafx.stage.Stage;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A tooltip is made when the pointer first comes over its control, once; screen readers have its text before. */
@Tag("ui")
@ExtendWith(ApplicationExtension.class)
class LazyTooltipTest {
    @Start
    void start(Stage stage) {
        // the toolkit only
    }

    @Test
    void theTooltipComesWithTheFirstHoverAndStays() throws Exception {
        fx(() -> {
            // given
            Button icon = new Button();
            Button labelled = new Button("Go");
            LazyTooltip.install(icon, "Zoom in");
            LazyTooltip.install(labelled, "Show the graph");
            // then: nothing made yet, the text already there for a screen reader
            assertThat(icon.getTooltip()).isNull();
            assertThat(icon.getAccessibleHelp()).isEqualTo("Zoom in");
            assertThat(icon.getAccessibleText()).isEqualTo("Zoom in");
            assertThat(labelled.getAccessibleText()).isNull();
            // when
            Event.fireEvent(icon, entered());
            Tooltip first = icon.getTooltip();
            Event.fireEvent(icon, entered());
            // then
            assertThat(first).isNotNull();
            assertThat(first.getText()).isEqualTo("Zoom in");
            assertThat(icon.getTooltip()).isSameAs(first);
            assertThat(labelled.getTooltip()).isNull();
        });
    }

    private static MouseEvent entered() {
        return new MouseEvent(MouseEvent.MOUSE_ENTERED, 5, 5, 5, 5, MouseButton.NONE, 0,
                false, false, false, false, false, false, false, false, false, false, null);
    }
}
