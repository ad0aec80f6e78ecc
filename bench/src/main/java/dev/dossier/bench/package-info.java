/**
 * Throughput and memory benchmarks of Dossier's pipeline beside CoreNLP's default pipeline.
 * {@link dev.dossier.bench.PipelineBenchmark} runs each system in a JVM of its own and compares
 * them in a {@link dev.dossier.bench.BenchReport}; {@code dossier bench} calls it. Micro-benchmarks
 * of single stages, with JMH, are in {@link dev.dossier.bench.jmh}.
 */
package dev.dossier.bench;
