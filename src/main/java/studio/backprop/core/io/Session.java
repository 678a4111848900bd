package studio.backprop.core.io;

import java.util.Objects;
import studio.backprop.core.doc.Document;
import studio.backprop.core.doc.NetworkDocument;

/**
 * What a session file holds: a document with the name and description shown beside it. For a network the
 * session's name is also the document's name; the constructor makes them agree.
 *
 * @param document    the expression or network
 * @param name        a short name ("mazur")
 * @param description one or more sentences for the user; empty when the file has none
 * @param training    the file's training defaults; {@link TrainingSettings#NONE} when it has none
 */
public record Session(Document document, String name, String description, TrainingSettings training) {
    public Session {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(name, "name");
        description = description == null ? "" : description;
        training = training == null ? TrainingSettings.NONE : training;
        if (document instanceof NetworkDocument network && !network.name().equals(name)) {
            document = new NetworkDocument(name, network.network(), network.data(), network.sample());
        }
    }

    /** A session without training defaults. */
    public Session(Document document, String name, String description) {
        this(document, name, description, TrainingSettings.NONE);
    }
}
