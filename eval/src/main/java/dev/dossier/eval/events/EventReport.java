package dev.dossier.eval.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The result of one event evaluation. Renders as a table for people ({@link #toTable()}) and as JSON
 * for scripts ({@link #toJson()}); both are contracts of {@code dossier eval events}.
 *
 * @param plover the PLOVER file, or {@code null}
 * @param petrarch the PETRARCH file, or {@code null}
 * @param date the day of the run
 * @param system the pipeline evaluated
 * @param loadSeconds model loading
 * @param seconds analysing and scoring every record
 * @param sentences records analysed
 * @param ploverResult the PLOVER scores, or {@code null}
 * @param petrarchResult the PETRARCH scores, or {@code null}
 * @param notes the matching rules
 */
public record EventReport(
    String plover,
    String petrarch,
    String date,
    String system,
    double loadSeconds,
    double seconds,
    int sentences,
    PloverResult ploverResult,
    PetrarchResult petrarchResult,
    List<String> notes) {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String toTable() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Events (%s): %s%n  models %.1f s, %d sentences in %.1f s%n%n", date, system, loadSeconds, sentences, seconds));
    if (ploverResult != null) {
      PloverResult r = ploverResult;
      out.append(String.format(Locale.ROOT, "PLOVER %s: %d records%n", plover, r.records()));
      out.append(String.format(Locale.ROOT, "  type accuracy     %.3f%n", r.typeAccuracy()));
      row(out, "type", r.type());
      row(out, "triples", r.triples());
      out.append(String.format(Locale.ROOT, "  source right %.3f, target right %.3f (share of records)%n", r.sourceAccuracy(), r.targetAccuracy()));
      out.append("  accuracy by gold type:").append(System.lineSeparator());
      r.accuracyByType().forEach((type, accuracy) -> out.append(String.format(Locale.ROOT, "    %-11s %3d  %.3f   %s%n", type, r.recordsByType().get(type), accuracy,
          confusion(r.confusion().get(type)))));
      examples(out, "wrong type (id | gold | got | sentence)", r.wrongTypes());
      examples(out, "right type, actors off (id | gold | got | sentence)", r.wrongActors());
      out.append(System.lineSeparator());
    }
    if (petrarchResult != null) {
      PetrarchResult r = petrarchResult;
      out.append(String.format(Locale.ROOT, "PETRARCH2 unit tests %s: %d records, %d gold events (%d with codes no PLOVER type has)%n", petrarch, r.records(),
          r.goldEvents(), r.untyped()));
      row(out, "type", r.type());
      row(out, "triples", r.triples());
      row(out, "cameo-root", r.roots());
      row(out, "dyads", r.dyads());
      out.append(String.format(Locale.ROOT, "  actors the dictionaries code: %.3f%n", r.actorsCoded()));
      examples(out, "missed (id | gold | got | sentence)", r.misses());
      out.append(System.lineSeparator());
    }
    notes.forEach(note -> out.append("* ").append(note).append(System.lineSeparator()));
    return out.toString();
  }

  private static String confusion(Map<String, Integer> row) {
    return row == null ? "" : String.join(" ", row.entrySet().stream().map(e -> e.getKey() + ":" + e.getValue()).toList());
  }

  private static void row(StringBuilder out, String name, Score score) {
    out.append(String.format(Locale.ROOT, "  %-12s P %.3f  R %.3f  F1 %.3f   (%d correct, %d predicted, %d gold)%n", name, score.precision(), score.recall(), score.f1(),
        score.correct(), score.predicted(), score.gold()));
  }

  private static void examples(StringBuilder out, String title, List<String> examples) {
    out.append("  ").append(title).append(':').append(System.lineSeparator());
    examples.forEach(example -> out.append("    ").append(example).append(System.lineSeparator()));
  }
}
