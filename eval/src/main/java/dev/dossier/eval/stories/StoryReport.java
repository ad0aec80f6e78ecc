package dev.dossier.eval.stories;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Locale;

/**
 * The result of a story evaluation.
 *
 * @param file the ECB+ file
 * @param documents documents evaluated
 * @param stories gold stories
 * @param topics gold topics
 * @param orders random orders per system
 * @param seed the first order's seed
 * @param analysisSeconds wall-clock time of the NLP pipeline over all documents
 * @param systems each system's scores
 */
public record StoryReport(String file, int documents, int stories, int topics, int orders, long seed, double analysisSeconds, List<SystemScores> systems) {

  /**
   * @param name the system
   * @param mean its scores averaged over the orders
   * @param minF1 its worst F1 over the orders
   * @param maxF1 its best F1 over the orders
   * @param msPerArticle the cross-document step's time per article, in milliseconds
   * @param f1s its F1 in each order, in order: two systems run over the same orders compare order
   *     by order
   */
  public record SystemScores(String name, ClusterScores mean, double minF1, double maxF1, double msPerArticle, List<Double> f1s) {

    public SystemScores {
      f1s = List.copyOf(f1s);
    }
  }

  public StoryReport {
    systems = List.copyOf(systems);
  }

  public String toTable() {
    StringBuilder out = new StringBuilder();
    out.append(String.format(Locale.ROOT, "Stories on %s: %d documents, %d gold stories in %d topics; %d random orders from seed %d%n%n",
        file, documents, stories, topics, orders, seed));
    out.append(String.format(Locale.ROOT, "%-44s %9s %7s %7s %7s %7s %9s%n", "system", "B3 P", "B3 R", "B3 F1", "F1 range", "ARI", "stories"));
    for (SystemScores system : systems) {
      ClusterScores m = system.mean();
      out.append(String.format(Locale.ROOT, "%-44s %9.3f %7.3f %7.3f %s %7.3f %9d%n", system.name(), m.precision(), m.recall(), m.f1(),
          String.format(Locale.ROOT, "%.3f-%.3f", system.minF1(), system.maxF1()), m.ari(), m.clusters()));
    }
    out.append(String.format(Locale.ROOT, "%nNLP pipeline: %.1f s for %d documents; story step: %.1f ms per article (Dossier)%n", analysisSeconds, documents,
        systems.getFirst().msPerArticle()));
    return out.toString();
  }

  public String toJson() {
    ObjectMapper mapper = new ObjectMapper();
    ObjectNode root = mapper.createObjectNode();
    root.put("file", file).put("documents", documents).put("stories", stories).put("topics", topics).put("orders", orders).put("seed", seed);
    root.put("analysis_seconds", analysisSeconds);
    ArrayNode list = root.putArray("systems");
    for (SystemScores system : systems) {
      ObjectNode node = list.addObject();
      ClusterScores m = system.mean();
      node.put("name", system.name()).put("bcubed_precision", m.precision()).put("bcubed_recall", m.recall()).put("bcubed_f1", m.f1());
      node.put("f1_min", system.minF1()).put("f1_max", system.maxF1()).put("ari", m.ari()).put("stories", m.clusters()).put("ms_per_article", system.msPerArticle());
      ArrayNode f1s = node.putArray("f1_per_order");
      system.f1s().forEach(f1s::add);
    }
    return root.toString();
  }
}
