package studio.backprop.app.view;

import javafx.beans.InvalidationListener;
import javafx.beans.WeakInvalidationListener;
import javafx.collections.FXCollections;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import studio.backprop.app.model.StudioModel;
import studio.backprop.app.support.Messages;
import studio.backprop.core.graph.NumberStyle;
import studio.backprop.core.graph.Step;

/**
 * The timeline: every step, grouped under its phase (forward, error, backward, update); clicking one
 * jumps there; the current step is selected, steps not yet shown are dimmed.
 */
public final class StepList extends ListView<Step> {
    private final StudioModel model;
    private boolean syncing;

    public StepList(StudioModel model) {
        this.model = model;
        setId(Styles.TIMELINE_ID);
        setCellFactory(list -> new StepCell());
        model.traceProperty().addListener(o -> reload());
        model.cursorProperty().addListener(o -> syncSelection());
        getSelectionModel().selectedIndexProperty().addListener((o, was, is) -> {
            if (!syncing && is.intValue() >= 0) model.jumpTo(is.intValue());
        });
        reload();
    }

    private void reload() {
        syncing = true;
        setItems(FXCollections.observableArrayList(model.getTrace().steps()));
        syncing = false;
        syncSelection();
    }

    private void syncSelection() {
        syncing = true;
        int cursor = model.getCursor();
        if (cursor < 0) getSelectionModel().clearSelection();
        else {
            getSelectionModel().select(cursor);
            scrollTo(Math.max(0, cursor - 3));
        }
        syncing = false;
    }

    /**
     * A step's line; it repaints itself when the cursor moves (shown or "?"), so a step costs the few
     * visible cells rather than a rebuild of every cell.
     */
    private final class StepCell extends ListCell<Step> {
        /** Held by the cell, listened to weakly: a cell the list drops is not kept by the model. */
        private final InvalidationListener cursorMoved = o -> paint(getItem(), isEmpty());

        StepCell() {
            model.cursorProperty().addListener(new WeakInvalidationListener(cursorMoved));
        }

        @Override
        protected void updateItem(Step step, boolean empty) {
            super.updateItem(step, empty);
            paint(step, empty);
        }

        private void paint(Step step, boolean empty) {
            if (empty || step == null) {
                styled(Styles.PHASE_HEADER, false);
                styled(Styles.FUTURE_STEP, false);
                setText(null);
                return;
            }
            String lhs = step.equation().lhs().toText(NumberStyle.LECTURE);
            boolean shown = step.index() <= model.getCursor();
            String line = (step.index() + 1) + ". " + lhs + " = " + (shown ? NumberStyle.LECTURE.format(step.equation().result()) : "?");
            boolean first = step.index() == 0 || getListView() == null || step.index() > getListView().getItems().size()
                    || getListView().getItems().get(step.index() - 1).phase() != step.phase();
            if (first) line = Messages.get("phase." + step.phase().name().toLowerCase()).toUpperCase() + "\n" + line;
            styled(Styles.PHASE_HEADER, first);
            styled(Styles.FUTURE_STEP, !shown);
            setText(line);
        }

        /** Adds or removes a style class only when that changes it: each change restyles the cell. */
        private void styled(String styleClass, boolean on) {
            if (getStyleClass().contains(styleClass) == on) return;
            if (on) getStyleClass().add(styleClass);
            else getStyleClass().removeAll(styleClass);
        }
    }
}
