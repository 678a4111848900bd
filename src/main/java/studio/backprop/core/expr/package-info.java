/**
 * Expressions as the user types them ({@code q = x + y; f = q * z}), parsed into a scalar
 * {@link studio.backprop.core.graph.Graph}: {@link studio.backprop.core.expr.Parser} reads the text,
 * {@link studio.backprop.core.expr.Expression} lowers it with variable values, and every mistake is an
 * {@link studio.backprop.core.expr.ExpressionException} that says what, where and what was expected.
 */
package studio.backprop.core.expr;
