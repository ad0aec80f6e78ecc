package dev.dossier.server.web;

import dev.dossier.core.DateMention;
import dev.dossier.core.Entity;
import dev.dossier.core.Mention;
import dev.dossier.core.Removal;
import dev.dossier.core.Span;
import dev.dossier.server.html.Html;
import dev.dossier.server.html.Urls;
import dev.dossier.store.StoredArticle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;

/**
 * An article's cleaned text as HTML: paragraphs at blank lines, each entity mention a link to its
 * dossier coloured by type, each date a {@code <time>} with its value, and each removed piece of
 * boilerplate or link spam, collapsed, where it used to stand.
 *
 * <p>Everything is drawn from one list of {@link Mark}s, so a new annotation (a quote and its cue,
 * a reused passage, an event trigger) is one more source of marks. Marks nest: a mention inside a
 * quote inside a copied passage is all three. Sorted by start, the longer first and, at the same
 * span, in the order they were given, each mark opens inside the marks still open; one that would
 * run past the end of an enclosing mark is cut there, so the HTML always nests. The outer marks
 * must therefore come first in the list: regions (reused passages, quotes) before the words in
 * them. A mark of an empty span is written as an empty element (a link the stylesheet draws as a
 * sign). Marks open at a paragraph break or a removal are closed before it and opened again after,
 * without their {@code id}, which stays on the first piece.
 */
final class AnnotatedText {

  /**
   * One marked stretch of text.
   *
   * @param span where, in the cleaned text
   * @param tag the element to wrap it in ({@code a}, {@code time}, {@code span}); never {@code a}
   *     for a mark that may hold others, since links do not nest
   * @param attributes the element's attributes as name, value pairs
   */
  record Mark(Span span, String tag, String... attributes) {

    /** The attributes without {@code id}, for the pieces after a paragraph break. */
    String[] continued() {
      List<String> kept = new ArrayList<>();
      for (int i = 0; i + 1 < attributes.length; i += 2) {
        if (!attributes[i].equals("id")) {
          kept.add(attributes[i]);
          kept.add(attributes[i + 1]);
        }
      }
      return kept.toArray(String[]::new);
    }

    @Override
    public String toString() {
      return tag + span + Arrays.toString(attributes);
    }
  }

  /** A mark being written and where it ends, which may be before its own end if an enclosing mark ends first. */
  private record Open(Mark mark, int end) {}

  private AnnotatedText() {}

  /** The entity mentions, linked to their dossiers, and the dates. */
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
    List<Mark> sorted = new ArrayList<>();
    for (Mark mark : marks) {
      if (mark.span().start() <= text.length()) {
        sorted.add(mark);
      }
    }
    // A stable sort: at the same span, the mark given first stays outside.
    sorted.sort(Comparator.comparingInt((Mark m) -> m.span().start()).thenComparingInt(m -> -m.span().end()));
    List<Removal> removed = new ArrayList<>(removals);
    removed.sort(Comparator.comparingInt(Removal::at));
    Deque<Open> open = new ArrayDeque<>();
    int markIndex = 0;
    int removalIndex = 0;
    int at = 0;
    html.open("div", "class", "article-text");
    html.open("p");
    while (true) {
      while (!open.isEmpty() && open.peek().end() <= at) {
        html.close(open.pop().mark().tag());
      }
      // A mark starting inside text already written (it crossed an enclosing mark's end) is left out.
      while (markIndex < sorted.size() && sorted.get(markIndex).span().start() < at) {
        markIndex++;
      }
      int markStart = markIndex < sorted.size() ? sorted.get(markIndex).span().start() : Integer.MAX_VALUE;
      int removalAt = removalIndex < removed.size() ? Math.min(removed.get(removalIndex).at(), text.length()) : Integer.MAX_VALUE;
      int paragraphEnd = text.indexOf("\n\n", at);
      int paragraphAt = paragraphEnd < 0 ? Integer.MAX_VALUE : paragraphEnd;
      int openEnd = open.isEmpty() ? Integer.MAX_VALUE : open.peek().end();
      if (at >= text.length() && removalAt == Integer.MAX_VALUE && markStart == Integer.MAX_VALUE) {
        break;
      }
      int next = Math.min(Math.min(markStart, removalAt), Math.min(Math.min(paragraphAt, openEnd), text.length()));
      html.text(text, at, next);
      at = next;
      if (openEnd == at) {
        continue;
      }
      if (removalAt == at) {
        Removal removal = removed.get(removalIndex++);
        suspend(html, open);
        html.close("p");
        html.open("details", "class", "removed");
        html.element("summary", "Removed: " + removal.reason());
        html.element("p", removal.text());
        html.close("details");
        html.open("p");
        resume(html, open, at);
      } else if (paragraphAt == at) {
        suspend(html, open);
        html.close("p").open("p");
        at += 2;
        while (at < text.length() && text.charAt(at) == '\n') {
          at++;
        }
        resume(html, open, at);
      } else if (markStart == at) {
        Mark mark = sorted.get(markIndex++);
        int end = Math.min(Math.min(mark.span().end(), openEnd), text.length());
        html.open(mark.tag(), mark.attributes());
        open.push(new Open(mark, end));
      } else if (at >= text.length()) {
        // Marks past the text's end: nothing more to write.
        markIndex = sorted.size();
      }
    }
    while (!open.isEmpty()) {
      html.close(open.pop().mark().tag());
    }
    html.close("p");
    html.close("div");
  }

  /** Closes every open mark, innermost first, to leave the paragraph. */
  private static void suspend(Html html, Deque<Open> open) {
    for (Open mark : open) {
      html.close(mark.mark().tag());
    }
  }

  /** Opens again, outermost first, the marks that go on past {@code at}; drops the others. */
  private static void resume(Html html, Deque<Open> open, int at) {
    open.removeIf(mark -> mark.end() <= at);
    Iterator<Open> outermostFirst = open.descendingIterator();
    while (outermostFirst.hasNext()) {
      Mark mark = outermostFirst.next().mark();
      html.open(mark.tag(), mark.continued());
    }
  }
}
