package dev.dossier.server.web;

import dev.dossier.engine.Engine;
import dev.dossier.server.html.Html;
import dev.dossier.server.html.Urls;
import dev.dossier.store.EntityProfile;
import dev.dossier.store.StoredQuote;
import java.util.List;

/** The dossier's quote sections: what the entity said, and what others said about it. */
final class QuoteSections {

  /** How many quotes each section lists. */
  static final int SHOWN = 10;

  private QuoteSections() {}

  /** The quotes the entity is the speaker of, newest first. */
  static final class Said implements EntitySection {
    private final Engine engine;

    Said(Engine engine) {
      this.engine = engine;
    }

    @Override
    public String title() {
      return "Said";
    }

    @Override
    public boolean appliesTo(EntityProfile entity) {
      return !engine.quotesBy(entity.id(), 1).isEmpty();
    }

    @Override
    public void render(EntityProfile entity, Html html) {
      List<StoredQuote> quotes = engine.quotesBy(entity.id(), SHOWN + 1);
      html.element("p", "What articles say " + entity.name() + " said, newest first.", "class", "muted");
      QuoteList.render(html, quotes.subList(0, Math.min(SHOWN, quotes.size())), true);
      html.element("a", quotes.size() > SHOWN ? "Every quote of " + entity.name() + " →" : "Open in the quotes →", "href",
          Urls.withQuery("/quotes", "speaker", entity.id()));
    }
  }

  /** The quotes of other speakers whose words name the entity, newest first. */
  static final class SaidAbout implements EntitySection {
    private final Engine engine;

    SaidAbout(Engine engine) {
      this.engine = engine;
    }

    @Override
    public String title() {
      return "Said about";
    }

    @Override
    public boolean appliesTo(EntityProfile entity) {
      return !engine.quotesAbout(entity.id(), 1).isEmpty();
    }

    @Override
    public void render(EntityProfile entity, Html html) {
      List<StoredQuote> quotes = engine.quotesAbout(entity.id(), SHOWN);
      html.element("p", "What others are quoted saying that names " + entity.name() + ", newest first"
          + (quotes.size() == SHOWN ? " (the latest " + SHOWN + ")." : "."), "class", "muted");
      QuoteList.render(html, quotes, true);
    }
  }
}
