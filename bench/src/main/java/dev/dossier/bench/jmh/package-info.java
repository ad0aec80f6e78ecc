/**
 * JMH micro-benchmarks of Dossier's stages on the bundled seed articles: {@link
 * dev.dossier.bench.jmh.StageBenchmark} and {@link dev.dossier.bench.jmh.ParserBenchmark} (the events
 * stage's dependency parse, Dossier's scorer beside CoreNLP's), run with {@code org.openjdk.jmh.Main}.
 */
package dev.dossier.bench.jmh;
