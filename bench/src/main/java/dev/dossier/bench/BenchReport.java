package dev.dossier.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.Objects;

/**
 * The result of {@code dossier bench}: Dossier's pipeline and CoreNLP's default pipeline on the same
 * articles, each measured in its own JVM. Renders itself as a side-by-side table ({@link
 * #toTable()}) or JSON ({@link #toJson()}); both are contracts of the command.
 *
 * @param corpus the input benchmarked
 * @param date the day of the run, ISO-8601
 * @param options what was asked for
 * @param machine where it ran
 * @param dossier Dossier's measurements
 * @param corenlp CoreNLP's measurements
 */
public record BenchReport(String corpus, String date, BenchOptions options, Machine machine, SystemRun dossier, SystemRun corenlp) {

  /** The speed-up Dossier is built to reach over CoreNLP's default, in tokens per second per core. */
  public static final double TARGET_SPEEDUP = 5.0;

  // Derived values are written for readers but not read back.
  static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public BenchReport {
    Objects.requireNonNull(corpus, "corpus");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(options, "options");
    Objects.requireNonNull(machine, "machine");
    Objects.requireNonNull(dossier, "dossier");
    Objects.requireNonNull(corenlp, "corenlp");
  }

  /** Dossier's tokens per second per core over CoreNLP's. */
  @JsonProperty
  public double speedUp() {
    double baseline = corenlp.tokensPerCoreSecond();
    return baseline == 0 ? 0 : dossier.tokensPerCoreSecond() / baseline;
  }

  /** The report as a plain-text table. */
  public String toTable() {
    return BenchTable.render(this);
  }

  /** The report as indented JSON. */
  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Reads a report written by {@link #toJson()}. */
  public static BenchReport fromJson(String json) {
    try {
      return JSON.readValue(json, BenchReport.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
