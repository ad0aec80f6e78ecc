package dev.dossier.eval.ner;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns per-token labels into entity spans, with the semantics of the CoNLL shared task's
 * {@code conlleval} script, so that scores here can be compared with published ones.
 */
public final class Chunks {

  private Chunks() {}

  /**
   * Entity spans from IOB tags, IOB1 or IOB2 alike. As in {@code conlleval}, a name starts at a
   * {@code B-} tag or at an {@code I-} tag whose previous token is outside a name or in a name of
   * another type, and ends before the next {@code O}, {@code B-} or change of type.
   *
   * @param tags {@code O}, {@code B-TYPE} or {@code I-TYPE} per token
   * @throws IllegalArgumentException if a tag is none of those
   */
  public static List<EntitySpan> fromIob(List<String> tags) {
    List<EntitySpan> spans = new ArrayList<>();
    int start = -1;
    String type = null;
    for (int i = 0; i < tags.size(); i++) {
      String tag = tags.get(i);
      String prefix;
      String tagType;
      if (tag.equals("O")) {
        prefix = "O";
        tagType = null;
      } else if (tag.length() > 2 && (tag.startsWith("B-") || tag.startsWith("I-"))) {
        prefix = tag.substring(0, 1);
        tagType = tag.substring(2);
      } else {
        throw new IllegalArgumentException("not an IOB tag: '" + tag + "' at token " + i);
      }
      boolean continues = prefix.equals("I") && tagType.equals(type);
      if (type != null && !continues) {
        spans.add(new EntitySpan(start, i, type));
        type = null;
      }
      if (tagType != null && !continues) {
        start = i;
        type = tagType;
      }
    }
    if (type != null) {
      spans.add(new EntitySpan(start, tags.size(), type));
    }
    return spans;
  }

  /**
   * Entity spans from IO labels: each maximal run of tokens with one type is one name, so two
   * adjacent names of one type come out as one. Both systems evaluated here label this way.
   *
   * @param types the type per token, {@code null} outside names
   */
  public static List<EntitySpan> fromIo(List<String> types) {
    List<EntitySpan> spans = new ArrayList<>();
    int i = 0;
    while (i < types.size()) {
      String type = types.get(i);
      if (type == null) {
        i++;
        continue;
      }
      int end = i + 1;
      while (end < types.size() && type.equals(types.get(end))) {
        end++;
      }
      spans.add(new EntitySpan(i, end, type));
      i = end;
    }
    return spans;
  }
}
