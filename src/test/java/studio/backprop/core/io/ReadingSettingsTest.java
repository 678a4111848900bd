package studio.backprop.core.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import studio.backprop.core.doc.NetworkDocument;
import studio.backprop.core.nn.Scaling;

/** The reading list's session fields: expansion, stopping and schedules in the training block, scaling in the data. */
class ReadingSettingsTest {
    private static final String HEAD = "{\"format\": \"backprop-studio-session\", \"version\": 1, \"kind\": \"network\","
            + " \"network\": {\"sizes\": [2, 1], \"activations\": [\"sigmoid\"], \"loss\": \"half-sse\","
            + " \"bias\": \"none\", \"updateBiases\": false, \"learningRate\": 0.5, \"updateOrder\": \"exact\","
            + " \"weights\": [[[0.1, 0.2]]]},";

    /** A file written before these fields existed. */
    private static final String OLD = HEAD + " \"data\": {\"train\": [{\"inputs\": [0.3, 1], \"targets\": [0.75]}]},"
            + " \"training\": {\"epochs\": 20, \"batchSize\": 1}}";

    private static final String NEW = HEAD + " \"data\": {\"train\": [{\"inputs\": [0.3, 1], \"targets\": [0.75]}],"
            + " \"scaling\": {\"inputs\": [10, 5], \"targets\": [100], \"inputNames\": [\"sleep\", \"study\"]}},"
            + " \"training\": {\"epochs\": 20, \"earlyStop\": 10, \"schedule\": \"plateau\", \"stopOn\": \"cost\","
            + " \"validation\": 0.1, \"expand\": \"rotate\"}}";

    @Test
    void anOldFileStillLoadsWithNoneOfTheNewSettings() {
        Session session = SessionFiles.read(OLD, "old.json");

        assertThat(session.training()).isEqualTo(new TrainingSettings(20, null, 1, null, null, null, null, null, null));
        assertThat(session.training().earlyStop()).isNull();
        assertThat(session.training().schedule()).isNull();
        assertThat(((NetworkDocument) session.document()).data().scaling()).isNull();
    }

    @Test
    void theNewFieldsReadAndWriteBack() {
        Session session = SessionFiles.read(NEW, "new.json");

        TrainingSettings t = session.training();
        assertThat(t.earlyStop()).isEqualTo(10);
        assertThat(t.schedule()).isEqualTo("plateau");
        assertThat(t.stopOn()).isEqualTo("cost");
        assertThat(t.validation()).isEqualTo(0.1);
        assertThat(t.expand()).isEqualTo("rotate");
        assertThat(((NetworkDocument) session.document()).data().scaling())
                .isEqualTo(new Scaling(new double[] {10, 5}, new double[] {100}, List.of("sleep", "study"), List.of("y1")));
        assertThat(SessionFiles.read(SessionFiles.write(session), "new.json")).isEqualTo(session);
    }

    @Test
    void theWelchPresetCarriesItsScaling() {
        Scaling scaling = ((NetworkDocument) Presets.load("welch").document()).data().scaling();

        assertThat(scaling.rawInputs(new double[] {0.3, 1})).containsExactly(3, 5);
        assertThat(scaling.targetNames()).containsExactly("test score");
    }

    @Test
    void badValuesAreNamedInOneLine() {
        assertThatThrownBy(() -> SessionFiles.read(NEW.replace("\"plateau\"", "\"cosine\""), "s.json"))
                .hasMessageContaining("training.schedule").hasMessageContaining("cosine");
        assertThatThrownBy(() -> SessionFiles.read(NEW.replace("\"validation\": 0.1", "\"validation\": 1.5"), "s.json"))
                .hasMessageContaining("training.validation");
        assertThatThrownBy(() -> SessionFiles.read(NEW.replace("\"inputs\": [10, 5]", "\"inputs\": [10]"), "s.json"))
                .hasMessageContaining("data.scaling.inputs").hasMessageContaining("one per input");
        assertThatThrownBy(() -> SessionFiles.read(NEW.replace("\"targets\": [100]", "\"targets\": [0]"), "s.json"))
                .hasMessageContaining("data.scaling.targets[0]");
    }
}
