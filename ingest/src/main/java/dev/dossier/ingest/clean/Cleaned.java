package dev.dossier.ingest.clean;

import dev.dossier.core.Removal;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * What the {@link Cleaner} made of one article.
 *
 * @param title the normalised title, possibly empty
 * @param text the cleaned text: the title as the first paragraph, an empty line, then the body;
 *     just the body if the title is empty; every later annotation points into it
 * @param removed what was removed, in text order; each {@link Removal#at()} is an offset into
 *     {@code text}
 * @param normalizedInput the normalised title and body before anything was removed, separated by
 *     an empty line: what content-hash ids are computed from
 * @param joinedLines how many line breaks of a hard-wrapped body were read as wraps and became
 *     single spaces (see {@link Cleaner}); a join replaces one character with one, so it moves no
 *     offset and is not a {@link Removal}
 */
public record Cleaned(String title, String text, List<Removal> removed, String normalizedInput, int joinedLines) {

  public Cleaned {
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(text, "text");
    removed = List.copyOf(removed);
    Objects.requireNonNull(normalizedInput, "normalizedInput");
    if (joinedLines < 0) {
      throw new IllegalArgumentException("joinedLines must be >= 0, was " + joinedLines);
    }
  }

  /** The text after the title paragraph (all of it if the title is empty). */
  public String body() {
    if (title.isEmpty()) {
      return text;
    }
    return text.length() > title.length() ? text.substring(title.length() + 2) : "";
  }

  /** True if nothing is left: no title and no body. */
  public boolean isEmpty() {
    return text.isEmpty();
  }

  /** Characters removed per reason code, in reason order. */
  public Map<String, Integer> removedChars() {
    Map<String, Integer> chars = new TreeMap<>();
    for (Removal removal : removed) {
      chars.merge(removal.reason(), removal.text().length(), Integer::sum);
    }
    return chars;
  }

  /** All characters removed, over every reason. */
  public int removedCharCount() {
    int total = 0;
    for (Removal removal : removed) {
      total += removal.text().length();
    }
    return total;
  }
}
