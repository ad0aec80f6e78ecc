package dev.dossier.resolve;

import com.ibm.icu.text.Transliterator;
import dev.dossier.nlp.Names;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The comparable forms of a name, insensitive to script, transliteration and spelling habits:
 * "Сергей Нарышкин", "Sergey Naryshkin", "Sergei Naryshkine" and "SERGEJ NARYSHKIN" all fold to
 * {@code sergei narishkin}.
 *
 * <p>Folding first transliterates into Latin with ICU (Cyrillic by the BGN/PCGN romanisation news
 * agencies use, every other script by ICU's defaults), strips accents and case, then evens out the
 * variants romanisations disagree on (y/i/j, w/v, kh/h, doubled letters, a French final e, a
 * leading Ye). The same fold is applied to both sides of every comparison, so a collision only
 * ever adds a candidate that context then accepts or rejects. Stateless and thread-safe.
 */
public final class NameForms {

  private static final ThreadLocal<Transliterator> CYRILLIC =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Russian-Latin/BGN"));
  private static final ThreadLocal<Transliterator> ANY =
      ThreadLocal.withInitial(() -> Transliterator.getInstance("Any-Latin; Latin-ASCII"));

  private static final Pattern CYRILLIC_LETTERS = Pattern.compile("\\p{IsCyrillic}");
  private static final Pattern NON_ASCII = Pattern.compile("[^\\x00-\\x7F]");

  /** Generational and academic suffixes that follow a name and are not part of it. */
  private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv", "phd", "md", "esq");

  /** Legal forms and articles that an organisation's name may carry or drop. */
  private static final Set<String> LEGAL_FORMS =
      Set.of("inc", "corp", "corporation", "co", "ltd", "llc", "plc", "ag", "sa", "gmbh", "ooo", "oao", "zao", "pao", "jsc", "ojsc", "cjsc", "llp", "lp", "nv", "bv", "the");

  /** British and American spellings of words common in names, folded to one. */
  private static final Map<String, String> SPELLINGS =
      Map.of("centre", "center", "organisation", "organization", "defence", "defense", "programme", "program", "theatre", "theater",
          "labour", "labor", "honour", "honor");

  /** Legal forms written before an organisation's name, as Russian registers and the SDN list do. */
  private static final List<List<String>> LEADING_LEGAL_FORMS =
      List.of(
          List.of("limited", "liability", "company"), List.of("public", "joint", "stock", "company"), List.of("open", "joint", "stock", "company"),
          List.of("closed", "joint", "stock", "company"), List.of("joint", "stock", "company"), List.of("ooo"), List.of("oao"), List.of("zao"),
          List.of("pao"), List.of("jsc"), List.of("ojsc"), List.of("cjsc"), List.of("llc"));

  /** Given names and their common short forms, both directions; an entry is a set of equivalents. */
  private static final List<Set<String>> NICKNAMES =
      List.of(
          Set.of("michael", "mike", "mick"), Set.of("william", "bill", "billy", "will"), Set.of("robert", "bob", "bobby", "rob"),
          Set.of("james", "jim", "jimmy"), Set.of("thomas", "tom", "tommy"), Set.of("richard", "dick", "rick", "rich"),
          Set.of("charles", "chuck", "charlie"), Set.of("joseph", "joe"), Set.of("daniel", "dan", "danny"), Set.of("david", "dave"),
          Set.of("steven", "stephen", "steve"), Set.of("anthony", "tony"), Set.of("alexander", "alex", "aleksandr", "sasha"),
          Set.of("katherine", "catherine", "kate", "kathy"), Set.of("elizabeth", "liz", "beth"), Set.of("benjamin", "ben", "bibi"),
          Set.of("samuel", "sam"), Set.of("nicholas", "nick"), Set.of("christopher", "chris"), Set.of("matthew", "matt"),
          Set.of("patrick", "pat"), Set.of("edward", "ed", "ted", "eddie"), Set.of("jeffrey", "jeff"), Set.of("gregory", "greg"),
          Set.of("andrew", "andy"), Set.of("timothy", "tim"), Set.of("ronald", "ron"), Set.of("donald", "don"),
          Set.of("vladimir", "vlad", "volodya"), Set.of("konstantin", "kostya"), Set.of("mikhail", "misha"), Set.of("dmitry", "dima"),
          Set.of("yevgeny", "evgeny", "zhenya"), Set.of("kenneth", "ken"), Set.of("lawrence", "larry"), Set.of("jonathan", "jon"),
          Set.of("frederick", "fred"), Set.of("gerald", "jerry"), Set.of("peter", "pete"), Set.of("abraham", "abe"),
          Set.of("jennifer", "jen", "jenny"), Set.of("margaret", "maggie", "peggy"), Set.of("susan", "sue"), Set.of("rebecca", "becky"));

  private static final Map<String, Integer> NICKNAME_GROUP = nicknameGroups();

  private NameForms() {}

  private static Map<String, Integer> nicknameGroups() {
    Map<String, Integer> groups = new java.util.HashMap<>();
    for (int i = 0; i < NICKNAMES.size(); i++) {
      for (String name : NICKNAMES.get(i)) {
        groups.putIfAbsent(foldWord(name), i);
      }
    }
    return Map.copyOf(groups);
  }

  /** Latin letters only, accents and case kept: "Сергей Нарышкин" gives "Sergey Naryshkin". */
  public static String latin(String name) {
    String latin = name;
    if (CYRILLIC_LETTERS.matcher(latin).find()) {
      latin = CYRILLIC.get().transliterate(latin);
    }
    if (NON_ASCII.matcher(latin).find()) {
      latin = ANY.get().transliterate(latin);
    }
    return latin;
  }

  /** The folded form of a whole name: its words folded and joined by single spaces. */
  public static String fold(String name) {
    List<String> words = words(name);
    return String.join(" ", words.stream().map(NameForms::foldWord).filter(w -> !w.isEmpty()).toList());
  }

  /** The name's words in Latin letters, lower case, without punctuation. */
  public static List<String> words(String name) {
    String key = Names.key(latin(name).replace("'", "").replace("\u2019", ""));
    if (key.isEmpty()) {
      return List.of();
    }
    return List.of(key.split(" "));
  }

  /** Folds one lower-case ASCII word. */
  static String foldWord(String word) {
    String w = SPELLINGS.getOrDefault(word.toLowerCase(Locale.ROOT), word.toLowerCase(Locale.ROOT));
    if (w.startsWith("ye") || w.startsWith("ie")) {
      w = w.substring(1);
    }
    w = w.replace("kh", "h").replace("ph", "f").replace("ck", "k").replace("tch", "ch").replace('w', 'v').replace('y', 'i').replace('j', 'i').replace("x", "ks");
    StringBuilder out = new StringBuilder(w.length());
    for (int i = 0; i < w.length(); i++) {
      char c = w.charAt(i);
      if (out.isEmpty() || out.charAt(out.length() - 1) != c) {
        out.append(c);
      }
    }
    int n = out.length();
    if (n > 3 && out.charAt(n - 1) == 'e' && "aeiou".indexOf(out.charAt(n - 2)) < 0) {
      out.setLength(n - 1);
    }
    return out.toString();
  }

  /**
   * A person's name in parts: titles before it and generational suffixes after it removed, the
   * words folded. "CIA Director Mike Pompeo" gives given "mike", surname "pompeo"; "Arcade Joseph
   * Comeaux Jr." gives given "arcade", middle [joseph], surname "comeaux".
   *
   * @param given the first word, or empty for a one-word name
   * @param middle the words between, possibly initials
   * @param surname the last word
   */
  public record PersonName(String given, List<String> middle, String surname) {

    /** One word only: a surname or a single name. */
    public boolean isSingle() {
      return given.isEmpty();
    }

    /** Given name and surname, the middle left out: the key two mentions of one person share. */
    public String firstLast() {
      return given.isEmpty() ? surname : given + " " + surname;
    }
  }

  /** Parses a person's name; {@code null} if nothing remains of it. */
  public static PersonName person(String name) {
    List<String> raw = new ArrayList<>(Names.personWords(Names.clean(name)));
    // "CIA Director Mike Pompeo": a title inside the name ends what precedes the name proper.
    for (int i = raw.size() - 2; i > 0; i--) {
      if (Names.isTitle(raw.get(i))) {
        raw = new ArrayList<>(raw.subList(i + 1, raw.size()));
        break;
      }
    }
    List<String> words = new ArrayList<>();
    for (String word : String.join(" ", raw).split("[\\s,]+")) {
      for (String part : words(word)) {
        words.add(part);
      }
    }
    while (words.size() > 1 && SUFFIXES.contains(words.getLast())) {
      words.removeLast();
    }
    List<String> folded = words.stream().map(NameForms::foldWord).filter(w -> !w.isEmpty()).toList();
    if (folded.isEmpty()) {
      return null;
    }
    if (folded.size() == 1) {
      return new PersonName("", List.of(), folded.get(0));
    }
    return new PersonName(folded.get(0), folded.subList(1, folded.size() - 1), folded.getLast());
  }

  /**
   * True if two folded given names may be the same person's: equal, one an initial of the other,
   * or short and long forms of one name ("mike" and "michael").
   */
  public static boolean compatibleGiven(String a, String b) {
    if (a.isEmpty() || b.isEmpty() || a.equals(b)) {
      return true;
    }
    if ((a.length() == 1 && b.startsWith(a)) || (b.length() == 1 && a.startsWith(b))) {
      return true;
    }
    Integer groupA = NICKNAME_GROUP.get(a);
    return groupA != null && groupA.equals(NICKNAME_GROUP.get(b));
  }

  /**
   * An organisation's or place's name for comparison: folded, without a leading "the", a legal
   * form before or after it, or an "and" ("Advanced Micro Devices Inc." gives {@code advanced micro
   * devices}, "Limited Liability Company Concord Management and Consulting" {@code concord
   * management consulting}).
   */
  public static String organisation(String name) {
    List<String> words = new ArrayList<>(words(Names.clean(name)));
    while (words.size() > 1 && LEGAL_FORMS.contains(words.getLast())) {
      words.removeLast();
    }
    while (words.size() > 1 && words.getFirst().equals("the")) {
      words.removeFirst();
    }
    for (List<String> form : LEADING_LEGAL_FORMS) {
      if (words.size() > form.size() && words.subList(0, form.size()).equals(form)) {
        words = new ArrayList<>(words.subList(form.size(), words.size()));
        break;
      }
    }
    // "Concord Management & Consulting" and "Concord Management and Consulting" are one name.
    if (words.size() > 2) {
      words.removeIf(word -> word.equals("and"));
    }
    return String.join(" ", words.stream().map(NameForms::foldWord).toList());
  }

  /**
   * Similarity of two folded strings by Jaro-Winkler, 0 to 1: 1 for equal strings, above 0.9 for
   * a typo or a transliteration the fold did not even out.
   */
  public static double similarity(String a, String b) {
    if (a.equals(b)) {
      return 1;
    }
    if (a.isEmpty() || b.isEmpty()) {
      return 0;
    }
    int window = Math.max(0, Math.max(a.length(), b.length()) / 2 - 1);
    boolean[] matchedA = new boolean[a.length()];
    boolean[] matchedB = new boolean[b.length()];
    int matches = 0;
    for (int i = 0; i < a.length(); i++) {
      int from = Math.max(0, i - window);
      int to = Math.min(b.length() - 1, i + window);
      for (int j = from; j <= to; j++) {
        if (!matchedB[j] && a.charAt(i) == b.charAt(j)) {
          matchedA[i] = true;
          matchedB[j] = true;
          matches++;
          break;
        }
      }
    }
    if (matches == 0) {
      return 0;
    }
    int transpositions = 0;
    int k = 0;
    for (int i = 0; i < a.length(); i++) {
      if (matchedA[i]) {
        while (!matchedB[k]) {
          k++;
        }
        if (a.charAt(i) != b.charAt(k)) {
          transpositions++;
        }
        k++;
      }
    }
    double m = matches;
    double jaro = (m / a.length() + m / b.length() + (m - transpositions / 2.0) / m) / 3;
    int prefix = 0;
    while (prefix < Math.min(4, Math.min(a.length(), b.length())) && a.charAt(prefix) == b.charAt(prefix)) {
      prefix++;
    }
    return jaro + prefix * 0.1 * (1 - jaro);
  }
}
