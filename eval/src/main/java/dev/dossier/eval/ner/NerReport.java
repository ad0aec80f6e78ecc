package dev.dossier.eval.ner;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one NER evaluation: what was evaluated, and each system's scores, speed and most
 * frequent errors. Renders itself as a table for people ({@link #toTable()}) and as JSON for
 * scripts ({@link #toJson()}); both formats are contracts of {@code dossier eval ner}.
 *
 * @param file the CoNLL file evaluated
 * @param date the day of the run, ISO-8601
 * @param documents documents evaluated
 * @param sentences their sentences
 * @param tokens their tokens
 * @param goldNames gold names in them
 * @param systems one result per system, Dossier first
 * @param baselineMapping how the baseline's CoreNLP tags map to CoNLL types; other tags are
 *     outside names
 * @param notes how the numbers were obtained, one sentence each
 */
public record NerReport(
    String file,
    String date,
    int documents,
    int sentences,
    int tokens,
    int goldNames,
    List<SystemResult> systems,
    Map<String, String> baselineMapping,
    List<String> notes) {

  // Derived values (precision, recall, F1) are written for readers but not read back.
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT).disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public NerReport {
    Objects.requireNonNull(file, "file");
    Objects.requireNonNull(date, "date");
    systems = List.copyOf(systems);
    baselineMapping = Collections.unmodifiableMap(new LinkedHashMap<>(baselineMapping));
    notes = List.copyOf(notes);
  }

  /** The result of the system with this name, if it ran. */
  public Optional<SystemResult> system(String name) {
    return systems.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  /** The report as a plain-text table with the error analysis after it. */
  public String toTable() {
    return NerTable.render(this);
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
  public static NerReport fromJson(String json) {
    try {
      return JSON.readValue(json, NerReport.class);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
