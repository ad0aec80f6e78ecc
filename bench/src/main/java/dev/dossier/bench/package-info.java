/**
 * Throughput and memory benchmarks of Dossier's pipeline beside CoreNLP's default pipeline.
 * {@link dev.dossier.bench.PipelineBenchmark} runs each system in a JVM of its own and compares
 * them in a {@link dev.dossier.bench.BenchReport}; {@link dev.dossier.bench.BenchMain} is the
 * command-line entry point until the CLI wires {@code dossier bench}. Micro-benchmarks of single
 * stages, with JMH, are in {@link dev.dossier.bench.jmh}.
 */
package dev.dossier.bench;
