package studio.backprop.app.controller;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;
import studio.backprop.app.TestDocuments;
import studio.backprop.core.doc.ExpressionDocument;
import studio.backprop.rendering.export.ExportView;

/** File → Export offers only the views the document has. */
class ExportDialogViewsTest {
    @Test
    void anExpressionHasNoNetworkDiagram() {
        ExpressionDocument expression = new ExpressionDocument(TestDocuments.EXPRESSION, Map.of("x", -2.0, "y", 5.0, "z", -4.0));
        assertThat(ExportDialog.views(expression, true)).containsExactly(ExportView.GRAPH, ExportView.EQUATION);
    }

    @Test
    void aNetworkHasAllThreeAndTheEquationOnlyOnceAStepIsShown() {
        assertThat(ExportDialog.views(TestDocuments.lecture(), true))
                .containsExactly(ExportView.NETWORK, ExportView.GRAPH, ExportView.EQUATION);
        assertThat(ExportDialog.views(TestDocuments.lecture(), false)).containsExactly(ExportView.NETWORK, ExportView.GRAPH);
    }
}
