package studio.backprop.app.classroom;

import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.TextArea;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.support.Messages;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.graph.Trace;
import studio.backprop.core.nn.LectureNumbers;
import studio.backprop.core.nn.PublishedCheck;

/**
 * "Matches the textbook": shown while the pass is one whose figures a textbook prints (the lecture's
 * network, the (x + y)·z example) and says whether the computed numbers round to the printed ones; a click
 * lists every figure and the lecture's errata with their explanations.
 */
public final class KnownAnswerBadge extends Button {
    /** Id of the badge. */
    public static final String ID = "knownAnswerBadge";

    private final StudioModel model;

    public KnownAnswerBadge(StudioModel model) {
        this.model = model;
        setId(ID);
        getStyleClass().add("known-answer");
        model.traceProperty().addListener(o -> update());
        setOnAction(e -> details().showAndWait());
        update();
    }

    /** The textbook figures that apply to a trace: those whose every step the trace has, if any do. */
    public static Optional<PublishedCheck.Result> check(Trace trace) {
        for (List<LectureNumbers.Published> figures : List.of(LectureNumbers.published(), LectureNumbers.publishedSimple())) {
            PublishedCheck.Result result = PublishedCheck.check(trace, figures);
            if (result.comparisons().stream().allMatch(PublishedCheck.Comparison::found)) return Optional.of(result);
        }
        return Optional.empty();
    }

    private void update() {
        Optional<PublishedCheck.Result> result = check(model.getTrace());
        setVisible(result.isPresent());
        setManaged(result.isPresent());
        getStyleClass().removeAll("known-answer-ok", "known-answer-differs");
        result.ifPresent(r -> {
            int explained = (int) r.differences().stream().filter(c -> c.erratum().isPresent()).count();
            setText(r.agrees() ? Messages.format("classroom.badge.ok", r.matched(), r.comparisons().size(), explained)
                    : Messages.get("classroom.badge.differs"));
            getStyleClass().add(r.agrees() ? "known-answer-ok" : "known-answer-differs");
        });
    }

    /** The dialog: each figure printed vs computed, then the errata. */
    private Alert details() {
        StringBuilder text = new StringBuilder();
        check(model.getTrace()).ifPresent(r -> {
            for (PublishedCheck.Comparison c : r.comparisons()) {
                String mark = c.matches() ? "✓" : c.erratum().isPresent() ? "≈" : "✗";
                text.append(String.format("%s %-20s %-14s %s%n", mark, c.figure().step(), c.figure().printed(),
                        c.found() ? NumberStyle.LECTURE.format(c.computed()) : "—"));
            }
        });
        text.append('\n').append(Messages.get("classroom.badge.errata")).append('\n');
        for (LectureNumbers.Erratum e : LectureNumbers.errata()) {
            text.append("\n• ").append(Messages.format("classroom.badge.erratum", e.quantity(), e.printed(),
                    NumberStyle.LECTURE.format(e.exact()), e.explanation()));
        }
        TextArea area = new TextArea(text.toString());
        area.setEditable(false);
        area.setWrapText(true);
        area.setPrefSize(760, 520);
        area.setStyle("-fx-font-family: 'DejaVu Sans Mono';");
        Alert alert = new Alert(Alert.AlertType.INFORMATION);
        alert.initOwner(getScene().getWindow());
        alert.setTitle(Messages.get("classroom.badge.title"));
        alert.setHeaderText(Messages.get("classroom.badge.header"));
        alert.getDialogPane().setContent(area);
        alert.setResizable(true);
        return alert;
    }
}
