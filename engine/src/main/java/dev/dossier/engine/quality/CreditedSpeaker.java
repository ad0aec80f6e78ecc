package dev.dossier.engine.quality;

import dev.dossier.core.Speaker;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A speaker a quotation is credited to, as the attribution check compares them.
 *
 * @param name the speaker's name as the quotes layer gives it
 * @param entity the resolved (corpus-wide) entity id, or {@code null}
 * @param anonymous true for an unnamed source the article does not tie to an entity
 * @param description what the article says the speaker is ("White House press secretary"), or
 *     {@code null}
 */
record CreditedSpeaker(String name, String entity, boolean anonymous, String description) {

  private static final char FIELD = '\u001f';
  private static final char SEPARATOR = '\u001e';
  private static final Pattern PROPER_WORD = Pattern.compile("\\p{Lu}[\\p{L}.]*\\p{L}");
  private static final Set<String> LEADING = Set.of("a", "an", "the");

  /** The speaker of a quote whose entity id is already the resolved one. */
  static CreditedSpeaker of(Speaker speaker) {
    // A described source tied to an entity ("a CIA spokesperson") speaks for that entity: named.
    return new CreditedSpeaker(speaker.name(), speaker.entity(), speaker.anonymous() && speaker.entity() == null, speaker.description());
  }

  /**
   * True if the two may be one speaker: one resolved entity, one name, or names (with what the
   * articles say the speakers are) sharing a proper-name word ("Coats' office" and "Dan Coats",
   * "head of the Central Intelligence Agency" and "Central Intelligence Agency", "Stephanie
   * Grisham", White House press secretary, and "White House"), since an office speaks for its head
   * and an organisation through its spokespeople. Two anonymous sources may always be one.
   */
  boolean mayBe(CreditedSpeaker other) {
    if (anonymous && other.anonymous) {
      return true;
    }
    if (entity != null && entity.equals(other.entity)) {
      return true;
    }
    if (normalised().equals(other.normalised())) {
      return true;
    }
    Set<String> mine = properWords();
    for (String word : other.properWords()) {
      if (mine.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private String normalised() {
    String[] words = name.toLowerCase(Locale.ROOT).strip().split("\\s+");
    int from = words.length > 1 && LEADING.contains(words[0]) ? 1 : 0;
    return String.join(" ", java.util.Arrays.copyOfRange(words, from, words.length));
  }

  /** The capitalised words of the name and the description, but "A" and "The". */
  private Set<String> properWords() {
    Set<String> words = new HashSet<>();
    Matcher matcher = PROPER_WORD.matcher(description == null ? name : name + " " + description);
    while (matcher.find()) {
      String word = matcher.group().replace(".", "").toLowerCase(Locale.ROOT);
      if (!LEADING.contains(word)) {
        words.add(word);
      }
    }
    return words;
  }

  static String serialize(List<CreditedSpeaker> speakers) {
    StringBuilder out = new StringBuilder();
    for (CreditedSpeaker speaker : speakers) {
      if (!out.isEmpty()) {
        out.append(SEPARATOR);
      }
      out.append(speaker.name().replace(FIELD, ' ').replace(SEPARATOR, ' ')).append(FIELD)
          .append(speaker.entity() == null ? "" : speaker.entity()).append(FIELD).append(speaker.anonymous() ? '1' : '0').append(FIELD)
          .append(speaker.description() == null ? "" : speaker.description().replace(FIELD, ' ').replace(SEPARATOR, ' '));
    }
    return out.toString();
  }

  static List<CreditedSpeaker> parse(String serialized) {
    List<CreditedSpeaker> speakers = new ArrayList<>();
    if (serialized.isEmpty()) {
      return speakers;
    }
    for (String entry : serialized.split(String.valueOf(SEPARATOR))) {
      String[] fields = entry.split(String.valueOf(FIELD), -1);
      speakers.add(new CreditedSpeaker(fields[0], fields[1].isEmpty() ? null : fields[1], fields[2].equals("1"), fields[3].isEmpty() ? null : fields[3]));
    }
    return speakers;
  }
}
