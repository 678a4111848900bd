package studio.backprop.core.doc;

/**
 * What the user builds and saves: an expression with values, or a network with its data.
 * Immutable; an edit makes a new document, which is what undo keeps.
 */
public sealed interface Document permits ExpressionDocument, NetworkDocument {
}
