package dev.dossier.server.web;

import dev.dossier.core.Event;
import dev.dossier.core.Quote;
import dev.dossier.core.ReuseKind;
import dev.dossier.core.ReusedPassage;
import dev.dossier.core.Span;
import dev.dossier.core.Speaker;
import dev.dossier.core.Spin;
import dev.dossier.server.html.Urls;
import dev.dossier.store.StoredEvent;
import dev.dossier.store.StoredQuote;
import java.util.ArrayList;
import java.util.List;

/**
 * The marks of what the engine found about an article, for {@link AnnotatedText}: the passage a
 * link points to, the reused passages (each ending in a link to its source), the quotes' parts
 * and cues, the events' triggers, and the spun words. Regions come before the words in them, as nesting needs.
 */
final class FindingMarks {

  /** The id of the passage a link's {@code span} parameter names, and the anchor such links end in. */
  static final String PASSAGE = "passage";

  private FindingMarks() {}

  /**
   * @param highlight a span to mark as the one a link points to, or {@code null}
   */
  static List<AnnotatedText.Mark> of(ArticleFindings findings, Span highlight) {
    List<AnnotatedText.Mark> marks = new ArrayList<>();
    if (highlight != null) {
      marks.add(new AnnotatedText.Mark(highlight, "mark", "id", PASSAGE, "class", "linked", "title", "The passage the link points to"));
    }
    List<ReusedPassage> reuse = findings.recycling().reuse();
    for (int i = 0; i < reuse.size(); i++) {
      ReusedPassage passage = reuse.get(i);
      String source = "\u201c" + findings.sourceTitle(passage.sourceArticle()) + "\u201d";
      boolean copied = passage.kind() == ReuseKind.COPIED;
      marks.add(new AnnotatedText.Mark(passage.span(), "span", "id", "reuse-" + (i + 1), "class", copied ? "reuse copied" : "reuse shared-quote",
          "title", (copied ? "Copied from " : "Also quoted earlier in ") + source));
      String label = (copied ? "Source of this passage: " : "Earlier article with this quotation: ") + source;
      marks.add(new AnnotatedText.Mark(new Span(passage.span().end(), passage.span().end()), "a", "class", "reuse-ref",
          "href", sourceLink(passage), "title", label, "aria-label", label));
    }
    List<StoredQuote> quotes = findings.quotes();
    for (int i = 0; i < quotes.size(); i++) {
      Quote quote = quotes.get(i).quote();
      String who = speaker(quote);
      for (int part = 0; part < quote.parts().size(); part++) {
        marks.add(new AnnotatedText.Mark(quote.parts().get(part), "span", "id", part == 0 ? "quote-" + (i + 1) : null,
            "class", "quote " + quote.kind().label(), "title", quote.kind().label() + " quote of " + who));
      }
      if (quote.cue() != null) {
        marks.add(new AnnotatedText.Mark(quote.cue(), "span", "class", "cue", "title", "cue of a quote of " + who));
      }
    }
    List<StoredEvent> events = findings.events();
    for (int i = 0; i < events.size(); i++) {
      Event event = events.get(i).event();
      String who = event.source() == null ? "" : " by " + event.source().name();
      String whom = event.target() == null ? "" : " to " + event.target().name();
      marks.add(new AnnotatedText.Mark(event.span(), "span", "id", EventSections.anchor(i + 1), "class", "event-trigger",
          "title", event.type().name() + " event" + who + whom + (event.negated() ? " (negated)" : "") + (event.hedged() ? " (hedged)" : "")));
    }
    for (ReusedPassage passage : reuse) {
      for (Spin spin : passage.spins()) {
        marks.add(new AnnotatedText.Mark(spin.span(), "span", "class", "spin", "title", "spun: the source has \u201c" + spin.original() + "\u201d"));
      }
    }
    return marks;
  }

  /** The source article, its passage marked and scrolled to. */
  static String sourceLink(ReusedPassage passage) {
    return spanLink(passage.sourceArticle(), passage.sourceSpan());
  }

  /** An article with a span of its text marked and scrolled to. */
  static String spanLink(String articleId, Span span) {
    return Urls.withQuery(Urls.article(articleId), "span", span.start() + "-" + span.end()) + "#" + PASSAGE;
  }

  static String speaker(Quote quote) {
    Speaker speaker = quote.speaker();
    return speaker == null ? "an unknown speaker" : speaker.name();
  }
}
