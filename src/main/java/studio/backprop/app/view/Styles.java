package studio.backprop.app.view;

/** CSS class names and node ids, in one place (the stylesheet and the tests use them). */
public final class Styles {
    private Styles() { }

    public static final String STYLESHEET = "/studio/backprop/app/studio.css";

    public static final String DIAGRAM = "diagram";
    public static final String EDITOR_POPUP = "editor-popup";
    public static final String ERROR_TEXT = "error-text";
    public static final String PANE_TITLE = "pane-title";
    public static final String STATUS = "status";
    public static final String PHASE_HEADER = "phase-header";
    public static final String CURRENT_STEP = "current-step";
    public static final String FUTURE_STEP = "future-step";
    public static final String INSPECTOR = "inspector";
    public static final String EQUATION = "equation";
    public static final String MONO = "mono";
    public static final String PANE_HEADER = "pane-header";
    /** Style class of the status line while it shows a problem (red); without it the line is neutral. */
    public static final String STATUS_ERROR = "status-error";

    public static final String EDIT_POPUP_ID = "editPopup";
    public static final String EDIT_FIELD_ID = "editField";
    public static final String EDIT_MESSAGE_ID = "editMessage";
    public static final String NETWORK_VIEW_ID = "networkView";
    public static final String GRAPH_VIEW_ID = "graphView";
    public static final String EQUATION_TEXT_ID = "equationText";
    public static final String EQUATION_IMAGE_ID = "equationImage";
    public static final String PATHS_TEXT_ID = "pathsText";
    public static final String STEP_LABEL_ID = "stepLabel";
    public static final String PHASE_LABEL_ID = "phaseLabel";
    public static final String TIMELINE_ID = "timeline";
    public static final String INSPECTOR_ID = "inspector";
    public static final String INSPECTOR_EDIT_ID = "inspectorEdit";
    public static final String INSPECTOR_MESSAGE_ID = "inspectorMessage";
    public static final String EXPRESSION_FIELD_ID = "expressionField";
    public static final String EXPRESSION_ERROR_ID = "expressionError";
    public static final String ERROR_LABEL_ID = "errorLabel";
    public static final String SIDE_PANELS_ID = "sidePanels";
    public static final String EQUATION_NOTES_ID = "equationNotes";
    /** The training loss read-out, in the colour of its curve. */
    public static final String LOSS_TRAIN = "loss-train";
    /** The test loss read-out, in the colour of its curve. */
    public static final String LOSS_TEST = "loss-test";
}
