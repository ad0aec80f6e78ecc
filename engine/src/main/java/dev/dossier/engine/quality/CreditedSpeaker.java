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
 * @param anonymous true for a source the article neither names nor ties to an entity: an
 *     anonymous one, or one given only by a role in lower case ("vice-president of GM Overseas")
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
    String name = speaker.name().strip().replaceAll("\\s+", " ");
    // A described source tied to an entity ("a CIA spokesperson") speaks for that entity: named.
    // One given only by a role ("vice-president of GM Overseas") may be a person another article
    // names: unnamed, like an anonymous source.
    boolean unnamed = speaker.entity() == null && (speaker.anonymous() || !Character.isUpperCase(name.codePointAt(0)));
    return new CreditedSpeaker(name, speaker.entity(), unnamed, speaker.description());
  }

  /**
   * True if the two may be one speaker: one resolved entity, one name, or a name sharing a
   * proper-name word with the other's name or with what the other article says the speaker is ("Coats' office" and "Dan Coats",
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
    // A name against the other's name or description; two descriptions alone say nothing (two
    // people may be called "Senate Finance Committee chairman" a year apart).
    return shareAny(properWords(name), properWords(other.name))
        || shareAny(properWords(name), properWords(other.description))
        || shareAny(properWords(description), properWords(other.name));
  }

  private static boolean shareAny(Set<String> a, Set<String> b) {
    for (String word : b) {
      if (a.contains(word)) {
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

  /** The capitalised words of a name or description, but "A" and "The"; none for {@code null}. */
  private static Set<String> properWords(String text) {
    Set<String> words = new HashSet<>();
    if (text == null) {
      return words;
    }
    Matcher matcher = PROPER_WORD.matcher(text);
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
