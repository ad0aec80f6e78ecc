/**
 * The engine: runs sources through the pipeline into the store, owns cross-document work and the
 * output contract, and answers queries. The command line, the server and batch jobs call only
 * {@link dev.dossier.engine.Engine}.
 */
package dev.dossier.engine;
