package dev.dossier.server.web;

import dev.dossier.core.Entity;
import dev.dossier.core.Quote;
import dev.dossier.core.ReuseKind;
import dev.dossier.core.ReusedPassage;
import dev.dossier.engine.Recycling;
import dev.dossier.engine.quality.Quality;
import dev.dossier.server.html.Html;
import dev.dossier.server.html.Urls;
import dev.dossier.store.StoredArticle;
import dev.dossier.store.StoredQuote;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The article page's sections for what the engine found beyond the article's own layers: its
 * quotes, and what it reuses from earlier articles with its quality signals. Each reads the
 * article's {@link ArticleFindings}, made for the page being written.
 */
final class FindingSections {

  /** The longest excerpt of a reused passage the list shows. */
  static final int EXCERPT = 160;

  private FindingSections() {}

  /** Who said what in the article, in text order, each linked to where it stands in the text. */
  static final class Quotes implements ArticleSection {
    private final ArticleFindings findings;

    Quotes(ArticleFindings findings) {
      this.findings = findings;
    }

    @Override
    public String title() {
      return "Quotes";
    }

    @Override
    public boolean appliesTo(StoredArticle article) {
      return !findings.quotes().isEmpty();
    }

    @Override
    public void render(StoredArticle article, Html html) {
      Map<String, Entity> entities = new LinkedHashMap<>();
      article.entities().forEach(entity -> entities.put(entity.id(), entity));
      List<StoredQuote> quotes = findings.quotes();
      html.open("ol", "class", "quote-list");
      for (int i = 0; i < quotes.size(); i++) {
        Quote quote = quotes.get(i).quote();
        html.open("li", "class", "quote-item " + quote.kind().label());
        QuoteList.speakerLine(html, quote, entities);
        html.open("blockquote", "class", "words");
        html.element("a", QuoteList.words(quote), "href", "#quote-" + (i + 1), "title", "where it stands in the text");
        html.close("blockquote");
        html.close("li");
      }
      html.close("ol");
    }
  }

  /**
   * What the article reuses (each passage linked to where it stands here and to its source), its
   * story, and its quality signals: how much is copied and from whom, shared quotes, spun words,
   * sentence order, what cleaning removed.
   */
  static final class Reuse implements ArticleSection {
    private final ArticleFindings findings;

    Reuse(ArticleFindings findings) {
      this.findings = findings;
    }

    @Override
    public String title() {
      return "Reuse and quality";
    }

    @Override
    public boolean appliesTo(StoredArticle article) {
      return true;
    }

    @Override
    public void render(StoredArticle article, Html html) {
      Recycling recycling = findings.recycling();
      Quality quality = recycling.quality();
      html.open("dl", "class", "facts wide quality");
      html.open("div").element("dt", "Story").open("dd");
      if (recycling.story() == null) {
        html.text("not placed in a story yet");
      } else {
        html.element("a", recycling.story(), "href", Urls.story(recycling.story()));
      }
      html.close("dd").close("div");
      html.open("div").element("dt", "Copied").open("dd");
      html.text(Format.percent(quality.reuseRatio()) + " of its text");
      if (!quality.copiesFrom().isEmpty()) {
        html.text(", from ");
        for (int i = 0; i < quality.copiesFrom().size(); i++) {
          String source = quality.copiesFrom().get(i);
          html.text(i == 0 ? "" : ", ").element("a", findings.sourceTitle(source), "href", Urls.article(source));
        }
      }
      html.close("dd").close("div");
      fact(html, "Shared quotes", Format.number(quality.sharedQuotes()) + (quality.sharedQuotes() == 0 ? "" : " (quoted earlier elsewhere too; not counted as copying)"));
      fact(html, "Spun words", Format.number(quality.spins()) + (quality.spins() == 0 ? "" : " (synonyms where the source has other words)"));
      fact(html, "Sentence order", quality.sentenceOrderIncoherence() == null ? "not measured (too short)"
          : String.format(Locale.ROOT, "incoherence %.2f (about 0.5 for shuffled sentences, near 0 for text that reads in order)", quality.sentenceOrderIncoherence()));
      fact(html, "Removed", quality.removed().isEmpty() ? "nothing"
          : quality.removed().entrySet().stream().map(e -> e.getKey() + " " + e.getValue()).collect(Collectors.joining(", ")));
      html.close("dl");
      List<ReusedPassage> reuse = recycling.reuse();
      if (reuse.isEmpty()) {
        html.element("p", "No passage of it stands in an earlier stored article.", "class", "muted");
        return;
      }
      html.element("h3", "Found earlier (" + reuse.size() + ")");
      html.open("ol", "class", "reuse-list");
      for (int i = 0; i < reuse.size(); i++) {
        ReusedPassage passage = reuse.get(i);
        boolean copied = passage.kind() == ReuseKind.COPIED;
        html.open("li", "class", copied ? "copied" : "shared-quote");
        html.element("span", copied ? "copied" : "shared quote", "class", "badge " + (copied ? "copied" : "shared-quote"));
        html.text(" ");
        String text = passage.span().of(article.article().text()).replace('\n', ' ');
        html.element("a", text.length() > EXCERPT ? text.substring(0, EXCERPT - 1).strip() + "\u2026" : text, "href", "#reuse-" + (i + 1),
            "title", "where it stands in the text");
        html.open("p", "class", "meta");
        html.text(copied ? "from " : "also in ");
        html.element("a", findings.sourceTitle(passage.sourceArticle()), "href", FindingMarks.sourceLink(passage), "title", "the passage in its source");
        findings.source(passage.sourceArticle()).ifPresent(source -> {
          html.text(" · ");
          Format.time(html, source.article().published());
        });
        html.close("p");
        if (!passage.spins().isEmpty()) {
          html.element("p", "spun: " + passage.spins().stream().map(spin -> spin.text() + " \u2190 " + spin.original()).collect(Collectors.joining(", ")),
              "class", "spins");
        }
        html.close("li");
      }
      html.close("ol");
    }

    private static void fact(Html html, String name, String value) {
      html.open("div").element("dt", name).element("dd", value).close("div");
    }
  }
}
