package dev.dossier.server.web;

import dev.dossier.core.Entity;
import dev.dossier.core.Quote;
import dev.dossier.core.Speaker;
import dev.dossier.server.html.Html;
import dev.dossier.server.html.Urls;
import dev.dossier.store.StoredQuote;
import java.util.List;
import java.util.Map;

/**
 * Quotes as the pages list them: who (linked to their dossier when the speaker is an entity), the
 * cue, to whom, what kind of quote, the words, and where they stand.
 */
final class QuoteList {

  /** The longest excerpt of a quote's words a list shows; the article has the rest. */
  static final int EXCERPT = 400;

  private QuoteList() {}

  /**
   * Quotes from many articles, each linked to its article with the quote marked.
   *
   * @param withArticle false to leave out the article line, for quotes of one article
   */
  static void render(Html html, List<StoredQuote> quotes, boolean withArticle) {
    html.open("ol", "class", "quote-list");
    for (StoredQuote stored : quotes) {
      Quote quote = stored.quote();
      html.open("li", "class", "quote-item " + quote.kind().label());
      speakerLine(html, quote, Map.of());
      html.open("blockquote", "class", "words");
      html.text(words(quote));
      html.close("blockquote");
      if (withArticle) {
        html.open("p", "class", "meta");
        html.element("a", stored.title().isBlank() ? "(untitled)" : stored.title(), "href", FindingMarks.spanLink(stored.articleId(), quote.span()));
        html.text(" · ");
        Format.time(html, stored.published());
        html.close("p");
      }
      html.close("li");
    }
    html.close("ol");
  }

  /**
   * Who said it and how: the speaker (an entity's chip when {@code entities} knows it, a link to
   * its dossier otherwise), their description, the cue, the addressee and the quote's kind.
   */
  static void speakerLine(Html html, Quote quote, Map<String, Entity> entities) {
    Speaker speaker = quote.speaker();
    html.open("p", "class", "who");
    if (speaker == null) {
      html.element("span", "speaker unknown", "class", "muted");
    } else if (speaker.entity() != null && entities.containsKey(speaker.entity())) {
      Entity entity = entities.get(speaker.entity());
      Format.entityLink(html, entity.id(), entity.name(), entity.type());
    } else if (speaker.entity() != null) {
      html.element("a", speaker.name(), "class", "speaker", "href", Urls.entity(speaker.entity()));
    } else {
      html.element("span", speaker.name(), "class", speaker.anonymous() ? "speaker anonymous" : "speaker");
    }
    if (speaker != null && speaker.description() != null && !speaker.description().equalsIgnoreCase(speaker.name())) {
      html.text(" ").element("span", "(" + speaker.description() + ")", "class", "muted");
    }
    if (speaker != null && speaker.anonymous()) {
      html.text(" ").element("span", "anonymous", "class", "badge");
    }
    if (quote.cueText() != null) {
      html.text(" ").element("span", quote.cueText(), "class", "cue", "title", "cue");
    }
    if (quote.addressee() != null) {
      html.text(" → ").element("span", quote.addressee(), "class", "addressee", "title", "said to");
    }
    html.text(" ").element("span", quote.kind().label(), "class", "badge kind " + quote.kind().label(), "title", kindTitle(quote));
    html.close("p");
  }

  /** The words as a reader would see them: direct and partial quotes in quotation marks, shortened past {@link #EXCERPT}. */
  static String words(Quote quote) {
    String text = quote.text().length() > EXCERPT ? quote.text().substring(0, EXCERPT - 1).strip() + "\u2026" : quote.text();
    return switch (quote.kind()) {
      case DIRECT, PARTIAL -> "\u201c" + text + "\u201d";
      case REPORTED -> text;
    };
  }

  private static String kindTitle(Quote quote) {
    return switch (quote.kind()) {
      case DIRECT -> "the speaker's words in quotation marks";
      case PARTIAL -> "a few quoted words in the writer's sentence";
      case REPORTED -> "reported speech, without quotation marks";
    };
  }
}
