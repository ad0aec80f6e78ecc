package dev.dossier.server.web;

import dev.dossier.core.DateMention;
import dev.dossier.core.Entity;
import dev.dossier.core.Mention;
import dev.dossier.core.Removal;
import dev.dossier.core.Span;
import dev.dossier.server.html.Html;
import dev.dossier.server.html.Urls;
import dev.dossier.store.StoredArticle;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * An article's cleaned text as HTML: paragraphs at blank lines, each entity mention a link to its
 * dossier coloured by type, each date a {@code <time>} with its value, and each removed piece of
 * boilerplate or link spam, collapsed, where it used to stand.
 *
 * <p>Everything is drawn from one list of {@link Mark}s sorted by offset, so a new annotation (a
 * quote and its cue, an event trigger) is one more source of marks in {@link #marks}; where marks
 * overlap, the one that starts first (then the longer) wins and the other is left out, so the HTML
 * always nests.
 */
final class AnnotatedText {

  /**
   * One marked stretch of text.
   *
   * @param span where, in the cleaned text
   * @param tag the element to wrap it in ({@code a}, {@code time}, {@code span})
   * @param attributes the element's attributes as name, value pairs
   */
  record Mark(Span span, String tag, String... attributes) {}

  private AnnotatedText() {}

  static List<Mark> marks(StoredArticle stored) {
    List<Mark> marks = new ArrayList<>();
    for (Entity entity : stored.entities()) {
      for (Mention mention : entity.mentions()) {
        marks.add(new Mark(mention.span(), "a", "class", "mention " + Format.typeClass(entity.type()), "href", Urls.entity(entity.id()),
            "title", entity.name() + " (" + Format.typeLabel(entity.type()) + ")"));
      }
    }
    for (DateMention date : stored.dates()) {
      marks.add(new Mark(date.span(), "time", "class", "date", "datetime", date.value(), "title", date.value()));
    }
    return marks;
  }

  static void render(Html html, String text, List<Mark> marks, List<Removal> removals) {
    List<Mark> sorted = new ArrayList<>(marks);
    sorted.sort(Comparator.comparingInt((Mark m) -> m.span().start()).thenComparingInt(m -> -m.span().length()));
    List<Removal> removed = new ArrayList<>(removals);
    removed.sort(Comparator.comparingInt(Removal::at));
    int markIndex = 0;
    int removalIndex = 0;
    int at = 0;
    html.open("div", "class", "article-text");
    html.open("p");
    while (at < text.length() || removalIndex < removed.size()) {
      int nextMark = nextMark(sorted, markIndex, at);
      markIndex = nextMark;
      int markStart = markIndex < sorted.size() ? sorted.get(markIndex).span().start() : Integer.MAX_VALUE;
      int removalAt = removalIndex < removed.size() ? Math.min(removed.get(removalIndex).at(), text.length()) : Integer.MAX_VALUE;
      int paragraphEnd = text.indexOf("\n\n", at);
      int paragraphAt = paragraphEnd < 0 ? Integer.MAX_VALUE : paragraphEnd;
      int next = Math.min(Math.min(markStart, removalAt), Math.min(paragraphAt, text.length()));
      html.text(text, at, next);
      at = next;
      if (removalAt == at) {
        Removal removal = removed.get(removalIndex++);
        html.close("p");
        html.open("details", "class", "removed");
        html.element("summary", "Removed: " + removal.reason());
        html.element("p", removal.text());
        html.close("details");
        html.open("p");
      } else if (paragraphAt == at) {
        html.close("p").open("p");
        at += 2;
        while (at < text.length() && text.charAt(at) == '\n') {
          at++;
        }
      } else if (markStart == at) {
        Mark mark = sorted.get(markIndex++);
        int end = Math.min(mark.span().end(), text.length());
        int breakInside = text.indexOf("\n\n", at);
        if (breakInside >= 0 && breakInside < end) {
          end = breakInside;
        }
        html.open(mark.tag(), mark.attributes()).text(text, at, end).close(mark.tag());
        at = end;
      } else if (at >= text.length()) {
        break;
      }
    }
    html.close("p");
    html.close("div");
  }

  /** The first mark starting at or after {@code at}; marks overlapping text already written are skipped. */
  private static int nextMark(List<Mark> sorted, int from, int at) {
    int index = from;
    while (index < sorted.size() && sorted.get(index).span().start() < at) {
      index++;
    }
    return index;
  }
}
