package dev.dossier.nlp.events;

import dev.dossier.nlp.ResourceLines;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The bundled event lexicon ({@code lexicon.txt} beside this class, which documents its format and
 * provenance): for each lemma and part of speech, the entries that say what event the word
 * denotes, tried in order. Immutable and thread-safe; loaded once.
 */
final class Lexicon {

  /** What a word does in a sentence: see the role column of {@code lexicon.txt}. */
  enum Role {
    EVENT,
    INTENT,
    THREAT,
    REFUSAL,
    DEMAND,
    ATTEMPT,
    REPORT,
    LIGHT,
    STOP,
    EASE;

    /** True for the roles that take an action as complement and change its code. */
    boolean isFrame() {
      return this == INTENT || this == THREAT || this == REFUSAL || this == DEMAND || this == ATTEMPT;
    }
  }

  /** The part of speech an entry is for. */
  enum Pos {
    VERB,
    NOUN,
    ADJECTIVE
  }

  /** One condition of an entry's {@code when} column. */
  record Condition(String kind, Set<String> values) {}

  /**
   * One entry.
   *
   * @param line where it stands in the file, for messages
   * @param cameo its code, or {@code null} for a frame or light verb with none of its own
   * @param mode its mode, or {@code null} for the code's own
   * @param targets prepositions that introduce its target, most telling first; empty for the default order
   */
  record Entry(String lemma, Pos pos, List<Condition> conditions, List<String> targets, String cameo, String mode, Role role, int line) {}

  static final String RESOURCE = "lexicon.txt";

  private static final Lexicon INSTANCE = load();

  private final Map<String, List<Entry>> byKey;
  private final int size;

  private Lexicon(Map<String, List<Entry>> byKey, int size) {
    this.byKey = byKey;
    this.size = size;
  }

  static Lexicon instance() {
    return INSTANCE;
  }

  /** The entries for a lemma as this part of speech, in file order; empty if it is no trigger. */
  List<Entry> entries(String lemma, Pos pos) {
    return byKey.getOrDefault(key(lemma, pos), List.of());
  }

  boolean has(String lemma, Pos pos) {
    return byKey.containsKey(key(lemma, pos));
  }

  int size() {
    return size;
  }

  private static String key(String lemma, Pos pos) {
    return pos.name().charAt(0) + ":" + lemma;
  }

  private static Lexicon load() {
    Map<String, List<Entry>> byKey = new HashMap<>();
    int size = 0;
    for (ResourceLines.Line line : ResourceLines.of(Lexicon.class, RESOURCE)) {
      Entry entry = parse(line.text().strip(), line.number());
      byKey.computeIfAbsent(key(entry.lemma(), entry.pos()), k -> new ArrayList<>()).add(entry);
      size++;
    }
    byKey.replaceAll((k, entries) -> List.copyOf(entries));
    return new Lexicon(Map.copyOf(byKey), size);
  }

  /** @throws IllegalStateException naming the line if it is malformed, so a bad edit fails every build's tests */
  static Entry parse(String line, int number) {
    String[] fields = line.split("\\s+");
    if (fields.length != 6) {
      throw new IllegalStateException(RESOURCE + ":" + number + ": expected 6 fields (lemma POS when cameo mode role), found " + fields.length);
    }
    Pos pos = switch (fields[1]) {
      case "V" -> Pos.VERB;
      case "N" -> Pos.NOUN;
      case "J" -> Pos.ADJECTIVE;
      default -> throw new IllegalStateException(RESOURCE + ":" + number + ": part of speech '" + fields[1] + "' is not V, N or J");
    };
    List<Condition> conditions = new ArrayList<>();
    List<String> targets = new ArrayList<>();
    if (!fields[2].equals("-")) {
      for (String part : fields[2].split(";")) {
        int equals = part.indexOf('=');
        String kind = equals < 0 ? part : part.substring(0, equals);
        Set<String> values = new HashSet<>();
        if (equals >= 0) {
          for (String value : part.substring(equals + 1).split("\\|")) {
            values.add(value.toLowerCase(Locale.ROOT));
          }
        }
        switch (kind) {
          case "target" -> targets.addAll(List.of(part.substring(equals + 1).split("\\|")));
          case "prt", "obj", "prep", "mod", "of" -> {
            if (values.isEmpty()) {
              throw new IllegalStateException(RESOURCE + ":" + number + ": condition '" + kind + "' needs values");
            }
            conditions.add(new Condition(kind, Set.copyOf(values)));
          }
          case "clause", "xcomp", "passive", "active" -> conditions.add(new Condition(kind, Set.of()));
          default -> throw new IllegalStateException(RESOURCE + ":" + number + ": unknown condition '" + kind + "'");
        }
      }
    }
    String cameo = fields[3].equals("-") ? null : fields[3];
    if (cameo != null && (!cameo.matches("[0-9]{3,4}") || Cameo.coding(cameo) == null)) {
      throw new IllegalStateException(RESOURCE + ":" + number + ": '" + cameo + "' is not a CAMEO code with a PLOVER type");
    }
    Role role;
    try {
      role = Role.valueOf(fields[5].toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalStateException(RESOURCE + ":" + number + ": unknown role '" + fields[5] + "'", e);
    }
    if (role == Role.EVENT && cameo == null) {
      throw new IllegalStateException(RESOURCE + ":" + number + ": an event entry needs a CAMEO code");
    }
    return new Entry(fields[0].toLowerCase(Locale.ROOT), pos, List.copyOf(conditions), List.copyOf(targets), cameo,
        fields[4].equals("-") ? null : fields[4], role, number);
  }
}
