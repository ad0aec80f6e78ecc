package dev.dossier.eval.quotes;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * The result of one quote evaluation. Renders as a table for people ({@link #toTable()}) and as
 * JSON for scripts ({@link #toJson()}); both are contracts of {@code dossier eval quotes}.
 *
 * @param file the PolNeAR file evaluated
 * @param date the day of the run, ISO-8601
 * @param articles articles evaluated
 * @param characters characters of text in them
 * @param attributions gold attributions in them
 * @param systems one result per system, Dossier first
 * @param notes how the numbers were obtained
 */
public record QuoteReport(String file, String date, int articles, int characters, int attributions, List<QuoteSystemResult> systems, List<String> notes) {

  private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

  public QuoteReport {
    Objects.requireNonNull(file, "file");
    systems = List.copyOf(systems);
    notes = List.copyOf(notes);
  }

  public Optional<QuoteSystemResult> system(String name) {
    return systems.stream().filter(s -> s.name().equals(name)).findFirst();
  }

  public String toJson() {
    try {
      return JSON.writeValueAsString(this);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }

  public String toTable() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Quotes and attribution on %s (%s): %,d articles, %,d gold attributions%n%n", file, date, articles, attributions));
    out.append(String.format(Locale.ROOT, "%-14s %-9s %6s %6s %7s %7s %7s %8s %9s%n", "system", "class", "gold", "pred", "P", "R", "F1", "exactF1", "speaker"));
    for (QuoteSystemResult system : systems) {
      row(out, system.name(), "quoted", system.quoted());
      row(out, "", "unquoted", system.unquoted());
      row(out, "", "all", system.all());
    }
    out.append(System.lineSeparator());
    for (QuoteSystemResult system : systems) {
      out.append(String.format(Locale.ROOT, "%s: %s%n  models %.1f s, quotes %.1f s (%,.0f characters/s)%n", system.name(), system.description(),
          system.loadSeconds(), system.seconds(), system.seconds() == 0 ? 0 : characters / system.seconds()));
      out.append("  missed, by cue: ");
      out.append(String.join(", ", system.missedCues().entrySet().stream().map(Map.Entry::toString).toList())).append(System.lineSeparator());
      out.append(String.format(Locale.ROOT, "  missed but overlapped by a prediction (wrong boundaries): quoted %d, unquoted %d%n",
          system.boundaryErrors().getOrDefault("quoted", 0), system.boundaryErrors().getOrDefault("unquoted", 0)));
      examples(out, "missed (class | source | cue | content | the prediction overlapping it most)", system.missed());
      examples(out, "spurious (class kind | speaker | cue | content)", system.spurious());
      examples(out, "wrong speaker (gold | predicted | content)", system.wrongSpeakers());
      out.append(System.lineSeparator());
    }
    notes.forEach(note -> out.append("* ").append(note).append(System.lineSeparator()));
    return out.toString();
  }

  private static void row(StringBuilder out, String name, String cls, ClassScore score) {
    out.append(String.format(Locale.ROOT, "%-14s %-9s %6d %6d %7.4f %7.4f %7.4f %8.4f %9.4f%n", name, cls, score.gold(), score.predicted(),
        score.precision(), score.recall(), score.f1(), score.exactF1(), score.speakerAccuracy()));
  }

  private static void examples(StringBuilder out, String title, List<String> examples) {
    out.append("  ").append(title).append(':').append(System.lineSeparator());
    examples.forEach(example -> out.append("    ").append(example).append(System.lineSeparator()));
  }
}
