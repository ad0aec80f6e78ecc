package dev.dossier.eval.ner;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Renders a {@link NerReport} as plain text: the score table, speeds, mapping and top errors. */
final class NerTable {

  /** Error kinds shown per system in the table; the JSON carries all that were kept. */
  private static final int SHOWN_ERRORS = 10;

  private NerTable() {}

  static String render(NerReport report) {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Named entities: %s, %,d documents, %,d sentences, %,d tokens, %,d gold names (%s)%n",
        report.file(), report.documents(), report.sentences(), report.tokens(), report.goldNames(), report.date()));
    out.append(String.format(Locale.ROOT, "%n%-16s %-5s %6s %6s %8s %10s %8s %8s%n", "system", "type", "gold", "pred", "correct", "precision", "recall", "F1"));
    for (SystemResult system : report.systems()) {
      String name = system.name();
      for (Map.Entry<String, TypeScore> entry : system.byType().entrySet()) {
        row(out, name, entry.getKey(), entry.getValue());
        name = "";
      }
      row(out, name, "all", system.overall());
    }
    out.append(String.format(Locale.ROOT, "%nSpeed (one thread, gold tokens, models already loaded):%n"));
    for (SystemResult system : report.systems()) {
      out.append(String.format(Locale.ROOT, "  %-16s %,10.0f tokens/s  (labelling %.1f s; models loaded in %.1f s)%n",
          system.name(), system.tokensPerSecond(), system.labelSeconds(), system.loadSeconds()));
    }
    if (report.systems().stream().anyMatch(s -> s.name().equals("corenlp-default"))) {
      out.append(String.format(Locale.ROOT, "%nBaseline tag mapping: %s; every other tag is O.%n", mapping(report.baselineMapping())));
    }
    for (SystemResult system : report.systems()) {
      out.append(String.format(Locale.ROOT, "%nErrors of %s: %s. Most frequent:%n", system.name(), kinds(system.errorsByKind())));
      for (Confusion confusion : system.confusions().subList(0, Math.min(SHOWN_ERRORS, system.confusions().size()))) {
        out.append(String.format(Locale.ROOT, "  %5d  %-32s e.g. %s%n", confusion.count(), confusion.label(), String.join(" | ", confusion.examples())));
      }
    }
    out.append(String.format(Locale.ROOT, "%n"));
    for (String note : report.notes()) {
      out.append("Note: ").append(note).append(String.format(Locale.ROOT, "%n"));
    }
    return out.toString();
  }

  private static void row(StringBuilder out, String system, String type, TypeScore score) {
    out.append(String.format(Locale.ROOT, "%-16s %-5s %6d %6d %8d %9.2f%% %7.2f%% %7.2f%n",
        system, type, score.gold(), score.predicted(), score.correct(), 100 * score.precision(), 100 * score.recall(), 100 * score.f1()));
  }

  private static String kinds(Map<ErrorKind, Integer> counts) {
    List<String> parts = new ArrayList<>();
    for (Map.Entry<ErrorKind, Integer> entry : counts.entrySet()) {
      parts.add(entry.getValue() + " " + entry.getKey().name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    return String.join(", ", parts);
  }

  /** "PERSON→PER; LOCATION, CITY→LOC": tags grouped by the CoNLL type they map to. */
  static String mapping(Map<String, String> mapping) {
    Map<String, List<String>> byType = new LinkedHashMap<>();
    for (Map.Entry<String, String> entry : mapping.entrySet()) {
      byType.computeIfAbsent(entry.getValue(), t -> new ArrayList<>()).add(entry.getKey());
    }
    List<String> parts = new ArrayList<>();
    for (Map.Entry<String, List<String>> entry : byType.entrySet()) {
      parts.add(String.join(", ", entry.getValue()) + "→" + entry.getKey());
    }
    return String.join("; ", parts);
  }
}
