package dev.dossier.eval.events;

import dev.dossier.eval.InputLines;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * PETRARCH's validation dictionaries of actors and agents ({@code PETR.Validate.actors.txt},
 * {@code PETR.Validate.agents.txt}), read to code the actors Dossier finds in PETRARCH's unit-test
 * sentences the way PETRARCH codes them: the longest actor phrase among the actor's words gives
 * the actor code ({@code GONDOR} is {@code GON}), an agent word its sector ({@code MINISTER} adds
 * {@code GOV}). This is the evaluation's reading of the invented states, never part of Dossier.
 *
 * <p>Only what the tests need of the format is read: {@code NAME [CODE]} lines, {@code +SYNONYM}
 * lines, code lines after a name ({@code [HOB < 950601]} keeps {@code HOB}), {@code #} comments
 * and {@code <!-- -->} blocks; agents {@code NAME [~GOV]} (suffix) or {@code [NGO~]} (prefix).
 */
final class ActorDictionary {

  private final Map<String, String> actors;
  private final Map<String, String> agents;
  private final int longest;

  private ActorDictionary(Map<String, String> actors, Map<String, String> agents) {
    this.actors = actors;
    this.agents = agents;
    int max = 1;
    for (String phrase : actors.keySet()) {
      max = Math.max(max, phrase.split(" ").length);
    }
    for (String phrase : agents.keySet()) {
      max = Math.max(max, phrase.split(" ").length);
    }
    this.longest = max;
  }

  static ActorDictionary read(Path folder) {
    Map<String, String> actors = new HashMap<>();
    Map<String, String> agents = new HashMap<>();
    readActors(folder.resolve("PETR.Validate.actors.txt"), actors);
    readAgents(folder.resolve("PETR.Validate.agents.txt"), agents);
    return new ActorDictionary(Map.copyOf(actors), Map.copyOf(agents));
  }

  /** The code of an actor named by these words, or {@code null} if no dictionary phrase is among them. */
  String code(String words) {
    String[] tokens = normalise(words).split(" ");
    String actor = null;
    int actorLength = 0;
    String agent = null;
    int agentLength = 0;
    for (int i = 0; i < tokens.length; i++) {
      StringBuilder phrase = new StringBuilder();
      for (int n = 1; n <= longest && i + n <= tokens.length; n++) {
        if (n > 1) {
          phrase.append(' ');
        }
        phrase.append(tokens[i + n - 1]);
        String key = phrase.toString();
        if (actors.containsKey(key) && n > actorLength) {
          actor = actors.get(key);
          actorLength = n;
        }
        if (agents.containsKey(key) && n > agentLength) {
          agent = agents.get(key);
          agentLength = n;
        }
      }
    }
    if (actor == null) {
      return null;
    }
    if (agent == null) {
      return actor;
    }
    return agent.startsWith("~") ? actor + agent.substring(1) : agent.endsWith("~") ? agent.substring(0, agent.length() - 1) + actor : actor;
  }

  private static String normalise(String text) {
    String upper = text.toUpperCase(Locale.ROOT).replace('_', ' ').replaceAll("'S\\b", "").replaceAll("[^A-Z0-9.\\- ]", " ");
    return upper.replaceAll("\\s+", " ").strip();
  }

  private static List<String> lines(Path file) {
    return InputLines.of(file, "PETRARCH's validation dictionaries");
  }

  private static void readActors(Path file, Map<String, String> actors) {
    List<String> names = new java.util.ArrayList<>();
    String[] code = {null};
    boolean comment = false;
    for (String raw : lines(file)) {
      String line = raw;
      if (comment || line.contains("<!--")) {
        comment = !line.contains("-->");
        continue;
      }
      int hash = line.indexOf('#');
      if (hash >= 0) {
        line = line.substring(0, hash);
      }
      if (line.isBlank()) {
        continue;
      }
      String lineCode = bracketCode(line);
      String name = line.replaceAll("\\[.*", "").strip();
      if (name.startsWith("+")) {
        names.add(normalise(name.substring(1)));
      } else if (Character.isWhitespace(raw.charAt(0)) && name.isEmpty()) {
        if (code[0] == null) {
          code[0] = lineCode;
        }
      } else {
        flush(names, code[0], actors);
        names.clear();
        names.add(normalise(name));
        code[0] = lineCode;
      }
    }
    flush(names, code[0], actors);
  }

  private static void flush(List<String> names, String code, Map<String, String> actors) {
    if (code != null) {
      for (String name : names) {
        if (!name.isEmpty()) {
          actors.putIfAbsent(name, code);
        }
      }
    }
  }

  private static void readAgents(Path file, Map<String, String> agents) {
    boolean comment = false;
    for (String raw : lines(file)) {
      String line = raw;
      if (comment || line.contains("<!--")) {
        comment = !line.contains("-->");
        continue;
      }
      int hash = line.indexOf('#');
      if (hash >= 0) {
        line = line.substring(0, hash);
      }
      if (line.isBlank() || line.contains("!")) {
        continue;
      }
      String code = bracketCode(line);
      String name = line.replaceAll("\\{.*", "").replaceAll("\\[.*", "").strip();
      if (code != null && !name.isEmpty()) {
        agents.putIfAbsent(normalise(name), code.replace(" ", ""));
      }
    }
  }

  /** The code in a line's first bracket, without dates and alternatives ("HOB < 950601" is "HOB"), or null. */
  private static String bracketCode(String line) {
    int open = line.indexOf('[');
    int close = line.indexOf(']', open + 1);
    if (open < 0 || close < 0) {
      return null;
    }
    String code = line.substring(open + 1, close).strip().split("[\\s<>/]+")[0];
    return code.isEmpty() ? null : code.toUpperCase(Locale.ROOT);
  }
}
