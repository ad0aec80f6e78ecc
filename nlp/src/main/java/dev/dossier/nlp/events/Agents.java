package dev.dossier.nlp.events;

import dev.dossier.nlp.ResourceLines;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The agent words of {@code agents.txt}: nouns that make a phrase an actor ("officials", "troops",
 * "the government") and say its sector, and whether they name a person. Immutable, thread-safe,
 * loaded once.
 */
final class Agents {

  /**
   * One agent word: its sector code, whether it names a person, and whether it also names a thing
   * ("agent": a nerve agent, a cleaning agent), in which sense a common noun before it puts it.
   */
  record Agent(String sector, boolean person, boolean thing) {}

  /** Sectors from the most specific to the least: a phrase takes the first any of its words has. */
  static final List<String> PRIORITY = List.of("INTEL", "POLICE", "MIL", "JUD", "LEG", "REB", "OPP", "MED", "BUS", "IGO", "NGO", "GOV", "CVL");

  static final String RESOURCE = "agents.txt";

  private static final Agents INSTANCE = load();

  private final Map<String, Agent> byWord;

  private Agents(Map<String, Agent> byWord) {
    this.byWord = byWord;
  }

  static Agents instance() {
    return INSTANCE;
  }

  /** The agent a word (or lemma) is, or {@code null}. */
  Agent agent(String word) {
    return word == null ? null : byWord.get(word.toLowerCase(Locale.ROOT));
  }

  /** The more specific of two sectors; either may be {@code null}. */
  static String moreSpecific(String a, String b) {
    if (a == null) {
      return b;
    }
    if (b == null) {
      return a;
    }
    return PRIORITY.indexOf(a) <= PRIORITY.indexOf(b) ? a : b;
  }

  private static Agents load() {
    Map<String, Agent> byWord = new HashMap<>();
    for (ResourceLines.Line line : ResourceLines.of(Agents.class, RESOURCE)) {
      String trimmed = line.text().strip();
      String[] fields = trimmed.split("\\s+");
      if (fields.length < 3 || fields.length > 4 || !PRIORITY.contains(fields[1]) || !(fields[2].equals("P") || fields[2].equals("G"))
          || fields.length == 4 && !fields[3].equals("thing")) {
        throw new IllegalStateException(RESOURCE + ":" + line.number() + ": expected 'word SECTOR P|G [thing]' with a known sector, found '" + trimmed + "'");
      }
      byWord.put(fields[0].toLowerCase(Locale.ROOT), new Agent(fields[1], fields[2].equals("P"), fields.length == 4));
    }
    return new Agents(Map.copyOf(byWord));
  }
}
