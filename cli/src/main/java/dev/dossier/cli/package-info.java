/**
 * The {@code dossier} command line (picocli). Commands parse arguments, call {@link
 * dev.dossier.engine.Engine}, and render results as text for people or JSON for programs.
 */
package dev.dossier.cli;
