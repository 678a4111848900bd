/**
 * Problems as codes and arguments: the core says what went wrong, each front end says it in its language.
 * This package depends on nothing else in the program, so every core package may use it.
 */
package studio.backprop.core.problem;
