package dev.dossier.eval.coref;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.Collectors;

/**
 * The result of {@link EntityCorefEvaluation}: scores per mention set and system, and an error
 * analysis of Dossier's clusters on the named mentions.
 *
 * @param folder the ECB+ folder read
 * @param documents how many documents were analysed
 * @param rows one per mention set and system
 * @param unrecognised named gold mentions that no Dossier mention overlaps, and examples
 * @param wrongMerges Dossier entities holding mentions of several gold chains, the largest first
 * @param missedMerges gold chains Dossier split over several entities, the largest first
 * @param seconds wall time of analysis and resolution
 */
public record EntityCorefReport(
    Path folder, int documents, List<Row> rows, int unrecognised, List<String> unrecognisedExamples, List<String> wrongMerges, List<String> missedMerges, double seconds) {

  /** Examples kept per kind of error. */
  static final int EXAMPLES = 12;

  /**
   * Scores of one system on one mention set.
   *
   * @param mentions which set: {@code named} or {@code all}
   * @param system {@code dossier} or {@code same-string}
   * @param count how many gold mentions
   * @param chains how many gold chains among them
   */
  public record Row(String mentions, String system, int count, int chains, CorefScorer.Scores scores) {}

  static EntityCorefReport of(Path folder, int documents, List<EntityCorefEvaluation.Placed> placed, long nanos) {
    List<Row> rows = new ArrayList<>();
    for (String set : List.of("named", "all")) {
      Predicate<EntityCorefEvaluation.Placed> in = set.equals("named") ? EntityCorefEvaluation.Placed::named : p -> true;
      List<EntityCorefEvaluation.Placed> mentions = placed.stream().filter(in).toList();
      Map<String, String> key = assign(mentions, p -> p.gold().chain());
      Map<String, String> dossier = assign(mentions.stream().filter(p -> p.resolved() != null).toList(), EntityCorefEvaluation.Placed::resolved);
      Map<String, String> baseline = assign(mentions, EntityCorefEvaluation::sameString);
      int chains = new LinkedHashSet<>(key.values()).size();
      rows.add(new Row(set, "dossier", key.size(), chains, CorefScorer.score(key, dossier)));
      rows.add(new Row(set, "same-string", key.size(), chains, CorefScorer.score(key, baseline)));
    }
    List<EntityCorefEvaluation.Placed> named = placed.stream().filter(EntityCorefEvaluation.Placed::named).toList();
    List<EntityCorefEvaluation.Placed> missing = named.stream().filter(p -> p.resolved() == null).toList();
    List<String> unrecognisedExamples = missing.stream().map(p -> p.gold().text() + " (" + p.document() + ")").distinct().limit(EXAMPLES).toList();
    return new EntityCorefReport(folder, documents, rows, missing.size(), unrecognisedExamples, wrongMerges(named), missedMerges(named), nanos / 1e9);
  }

  private static Map<String, String> assign(List<EntityCorefEvaluation.Placed> mentions, Function<EntityCorefEvaluation.Placed, String> cluster) {
    Map<String, String> assignment = new LinkedHashMap<>();
    for (EntityCorefEvaluation.Placed mention : mentions) {
      assignment.put(mention.document() + "#" + mention.gold().id(), cluster.apply(mention));
    }
    return assignment;
  }

  private static List<String> wrongMerges(List<EntityCorefEvaluation.Placed> named) {
    Map<String, List<EntityCorefEvaluation.Placed>> byEntity = named.stream().filter(p -> p.resolved() != null)
        .collect(Collectors.groupingBy(EntityCorefEvaluation.Placed::resolved, LinkedHashMap::new, Collectors.toList()));
    return byEntity.entrySet().stream()
        .filter(e -> e.getValue().stream().map(p -> p.gold().chain()).distinct().count() > 1)
        .sorted(Comparator.comparingInt((Map.Entry<String, List<EntityCorefEvaluation.Placed>> e) -> -e.getValue().size()))
        .limit(EXAMPLES)
        .map(e -> e.getKey() + " joins " + describe(e.getValue(), p -> p.gold().chain()))
        .toList();
  }

  private static List<String> missedMerges(List<EntityCorefEvaluation.Placed> named) {
    Map<String, List<EntityCorefEvaluation.Placed>> byChain = named.stream()
        .collect(Collectors.groupingBy(p -> p.gold().chain(), LinkedHashMap::new, Collectors.toList()));
    return byChain.entrySet().stream()
        .filter(e -> e.getValue().stream().map(p -> p.resolved() == null ? "" : p.resolved()).distinct().count() > 1)
        .sorted(Comparator.comparingInt((Map.Entry<String, List<EntityCorefEvaluation.Placed>> e) -> -e.getValue().size()))
        .limit(EXAMPLES)
        .map(e -> "chain " + e.getKey() + " split into " + describe(e.getValue(), p -> p.resolved() == null ? "(not recognised)" : p.resolved()))
        .toList();
  }

  /** Groups mentions by a label and lists each group with its texts: "a: [x ×2, y]; b: [z]". */
  private static String describe(List<EntityCorefEvaluation.Placed> mentions, Function<EntityCorefEvaluation.Placed, String> label) {
    Map<String, Map<String, Integer>> groups = new TreeMap<>();
    for (EntityCorefEvaluation.Placed mention : mentions) {
      groups.computeIfAbsent(label.apply(mention), k -> new TreeMap<>()).merge(mention.gold().text(), 1, Integer::sum);
    }
    List<String> parts = new ArrayList<>();
    groups.forEach((group, texts) -> parts.add(group + ": [" + texts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed()).limit(5)
        .map(t -> t.getValue() > 1 ? t.getKey() + " ×" + t.getValue() : t.getKey()).collect(Collectors.joining(", ")) + "]"));
    return String.join("; ", parts);
  }

  /** A plain-text report for people. */
  public String toTable() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "ECB+ cross-document entity coreference: %s, %d documents, %.1f s%n%n", folder, documents, seconds));
    out.append(String.format(Locale.ROOT, "%-6s %-12s %6s %6s   %-17s %-17s %-17s %6s%n", "set", "system", "ments", "chains", "MUC P/R/F", "B3 P/R/F", "CEAF-e P/R/F", "CoNLL"));
    for (Row row : rows) {
      CorefScorer.Scores s = row.scores();
      out.append(String.format(Locale.ROOT, "%-6s %-12s %6d %6d   %-17s %-17s %-17s %6.2f%n", row.mentions(), row.system(), row.count(), row.chains(),
          prf(s.muc()), prf(s.bCubed()), prf(s.ceafE()), 100 * s.conll()));
    }
    out.append(String.format(Locale.ROOT, "%nNamed gold mentions Dossier did not recognise: %d%n", unrecognised));
    unrecognisedExamples.forEach(e -> out.append("  ").append(e).append('\n'));
    out.append("\nDossier entities joining several gold chains (largest first):\n");
    wrongMerges.forEach(e -> out.append("  ").append(e).append('\n'));
    out.append("\nGold chains Dossier split (largest first):\n");
    missedMerges.forEach(e -> out.append("  ").append(e).append('\n'));
    return out.toString();
  }

  private static String prf(CorefScorer.Score score) {
    return String.format(Locale.ROOT, "%.1f/%.1f/%.1f", 100 * score.precision(), 100 * score.recall(), 100 * score.f1());
  }

  /** The report as JSON. */
  public String toJson() {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode json = mapper.createObjectNode();
    json.put("folder", folder.toString()).put("documents", documents).put("seconds", seconds);
    ArrayNode array = json.putArray("results");
    for (Row row : rows) {
      ObjectNode node = array.addObject().put("mentions", row.mentions()).put("system", row.system()).put("count", row.count()).put("chains", row.chains());
      put(node.putObject("muc"), row.scores().muc());
      put(node.putObject("b3"), row.scores().bCubed());
      put(node.putObject("ceafe"), row.scores().ceafE());
      node.put("conll", row.scores().conll());
    }
    json.put("unrecognised", unrecognised);
    wrongMerges.forEach(json.putArray("wrong_merges")::add);
    missedMerges.forEach(json.putArray("missed_merges")::add);
    return json.toPrettyString();
  }

  private static void put(ObjectNode node, CorefScorer.Score score) {
    node.put("precision", score.precision()).put("recall", score.recall()).put("f1", score.f1());
  }
}
