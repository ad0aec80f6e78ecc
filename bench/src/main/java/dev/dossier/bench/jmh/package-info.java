/**
 * JMH micro-benchmarks of Dossier's stages on the bundled seed articles: {@link
 * dev.dossier.bench.jmh.StageBenchmark}, run with {@code org.openjdk.jmh.Main}.
 */
package dev.dossier.bench.jmh;
