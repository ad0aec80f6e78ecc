package dev.dossier.nlp;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Small, pure functions on entity names shared by the mention and grouping stages. */
public final class Names {

  /** Honorifics and titles that may precede a person's name and are not part of it. */
  private static final Set<String> TITLES =
      Set.of(
          "mr", "mrs", "ms", "miss", "dr", "prof", "sir", "dame", "lord", "lady", "president", "vice", "prime", "minister", "secretary",
          "senator", "sen", "rep", "representative", "gov", "governor", "gen", "general", "col", "colonel", "lt", "sgt", "capt", "captain",
          "adm", "admiral", "judge", "justice", "director", "chairman", "chairwoman", "ambassador", "king", "queen", "prince", "princess",
          "pope", "rev", "reverend", "father", "sheikh", "mayor", "chancellor", "premier", "speaker", "leader", "chief", "agent",
          "officer", "detective", "attorney", "commissioner", "deputy", "former", "then", "late");

  /** Words a person name may contain in lower case ("Ludwig van Beethoven", "Bashar al-Assad"). */
  private static final Set<String> NAME_PARTICLES = Set.of("van", "von", "der", "den", "de", "da", "di", "du", "la", "le", "al", "el", "bin", "ibn", "abu");

  /** Lower-case words skipped when an acronym is formed from a name ("Federal Bureau of Investigation"). */
  private static final Set<String> ACRONYM_SKIPPED = Set.of("of", "the", "and", "for", "on", "in", "to", "at", "&", "de", "du", "des", "la", "le");

  private Names() {}

  /**
   * The name as it should be compared and displayed: whitespace collapsed, a leading "the" and a
   * trailing possessive ("Russia's", "Coats'") or punctuation removed.
   */
  public static String clean(String surface) {
    String name = surface.replaceAll("\\s+", " ").strip();
    if (name.regionMatches(true, 0, "the ", 0, 4) && name.length() > 4) {
      name = name.substring(4);
    }
    if (name.endsWith("'s") || name.endsWith("'S")) {
      name = name.substring(0, name.length() - 2);
    } else if (name.endsWith("'") && name.length() > 1) {
      name = name.substring(0, name.length() - 1);
    }
    while (!name.isEmpty() && ",;:!?\"'(".indexOf(name.charAt(name.length() - 1)) >= 0) {
      name = name.substring(0, name.length() - 1).strip();
    }
    return name;
  }

  /** A case- and accent-insensitive key for exact matching: "Sergey Lavrov" and "SERGEY LAVROV" agree. */
  public static String key(String name) {
    String folded = Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}+", "");
    return folded.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }

  /** A stable, URL-safe identifier fragment: "Central Intelligence Agency" becomes "central-intelligence-agency". */
  public static String slug(String name) {
    String slug = key(name).replace(' ', '-');
    return slug.isEmpty() ? "x" : slug;
  }

  /** The words of a person's name without leading titles: "CIA Director Mike Pompeo" gives [Mike, Pompeo]. */
  public static List<String> personWords(String name) {
    List<String> words = new ArrayList<>(List.of(name.split("[\\s]+")));
    while (words.size() > 1 && TITLES.contains(words.get(0).toLowerCase(Locale.ROOT).replace(".", ""))) {
      words.remove(0);
    }
    return words;
  }

  /** True for an honorific or title that may precede a person's name ("Director", "Sen."). */
  public static boolean isTitle(String word) {
    return TITLES.contains(word.toLowerCase(Locale.ROOT).replace(".", ""));
  }

  /** True for a lower-case particle that may sit inside a person's name. */
  static boolean isNameParticle(String word) {
    return NAME_PARTICLES.contains(word.toLowerCase(Locale.ROOT));
  }

  /** True if the word looks like an acronym: 2 to 8 capitals, optionally with dots ("CIA", "U.S."). */
  public static boolean isAcronym(String word) {
    String letters = word.replace(".", "");
    if (letters.length() < 2 || letters.length() > 8) {
      return false;
    }
    for (int i = 0; i < letters.length(); i++) {
      char c = letters.charAt(i);
      if (!Character.isUpperCase(c) && !Character.isDigit(c) && c != '&') {
        return false;
      }
    }
    return Character.isUpperCase(letters.charAt(0));
  }

  /**
   * The acronym a multi-word name abbreviates to, from the initials of its capitalised words:
   * "Central Intelligence Agency" gives "CIA", "Federal Bureau of Investigation" gives "FBI".
   * Returns the empty string for names of fewer than two words.
   */
  public static String acronymOf(String name) {
    String[] words = name.split("[\\s\\-]+");
    if (words.length < 2) {
      return "";
    }
    StringBuilder initials = new StringBuilder();
    for (String word : words) {
      if (word.isEmpty() || ACRONYM_SKIPPED.contains(word.toLowerCase(Locale.ROOT))) {
        continue;
      }
      char first = word.charAt(0);
      if (Character.isLetterOrDigit(first)) {
        initials.append(Character.toUpperCase(first));
      }
    }
    return initials.length() >= 2 ? initials.toString() : "";
  }
}
