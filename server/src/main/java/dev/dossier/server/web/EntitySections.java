package dev.dossier.server.web;

import dev.dossier.engine.Engine;
import dev.dossier.server.AccessToken;
import dev.dossier.server.html.Html;
import dev.dossier.server.html.Urls;
import dev.dossier.store.EntityProfile;
import dev.dossier.store.EventInstance;
import dev.dossier.store.EventQuery;
import dev.dossier.store.TimelineEntry;
import dev.dossier.store.TimelineQuery;
import java.util.List;

/** The dossier page's sections for what the engine records today. */
final class EntitySections {

  /** How many events, and how many dated statements, the dossier shows before linking to the full timeline. */
  static final int TIMELINE_PREVIEW = 15;

  private EntitySections() {}

  static List<EntitySection> standard(Engine engine) {
    return List.of(new SanctionsSection(engine), new KnowledgeSection(engine), new CoMentions(), new QuoteSections.Said(engine), new QuoteSections.SaidAbout(engine),
        new EventSections.OfEntity(engine), new Timeline(engine), new Articles(), new Names(), new CurationSection(engine, engine.dataDir().resolve(AccessToken.FILE_NAME).toString()));
  }

  /** Every name the articles use for the entity. */
  static final class Names implements EntitySection {
    @Override
    public String title() {
      return "Names";
    }

    @Override
    public boolean appliesTo(EntityProfile entity) {
      return !entity.aliases().isEmpty();
    }

    @Override
    public void render(EntityProfile entity, Html html) {
      html.open("ul", "class", "aliases-list");
      for (String alias : entity.aliases()) {
        html.element("li", alias);
      }
      html.close("ul");
    }
  }

  /** Its events in date order, then the dates said in a sentence that names it, earliest first. */
  static final class Timeline implements EntitySection {
    private final Engine engine;

    Timeline(Engine engine) {
      this.engine = engine;
    }

    @Override
    public String title() {
      return "Timeline";
    }

    @Override
    public boolean appliesTo(EntityProfile entity) {
      return true;
    }

    @Override
    public void render(EntityProfile entity, Html html) {
      List<EventInstance> events = engine.events(new EventQuery(entity.id(), null, null, null, false, TIMELINE_PREVIEW + 1, 0));
      List<TimelineEntry> entries = engine.timeline(new TimelineQuery(entity.id(), null, null, TIMELINE_PREVIEW + 1, 0));
      if (events.isEmpty() && entries.isEmpty()) {
        html.element("p", "No event and no dated statement names " + entity.name() + ".", "class", "muted");
        return;
      }
      if (!events.isEmpty()) {
        html.element("h3", "Events");
        html.element("p", "Events in which " + entity.name() + " acts or is acted on, earliest first, each counted once however many articles report it.",
            "class", "muted");
        EventList.timeline(html, events.subList(0, Math.min(TIMELINE_PREVIEW, events.size())));
      }
      if (!entries.isEmpty()) {
        html.element("h3", "Dated statements");
        html.element("p", "Dates given in a sentence that names " + entity.name() + ", earliest first.", "class", "muted");
        TimelinePage.entries(html, entries.subList(0, Math.min(TIMELINE_PREVIEW, entries.size())));
      }
      html.element("a", events.size() > TIMELINE_PREVIEW || entries.size() > TIMELINE_PREVIEW ? "The whole timeline →" : "Open in the timeline →", "href",
          Urls.withQuery("/timeline", "entity", entity.id()));
    }
  }

  /** The entities most often mentioned with it, as a list and as a graph. */
  static final class CoMentions implements EntitySection {
    @Override
    public String title() {
      return "Mentioned with";
    }

    @Override
    public boolean appliesTo(EntityProfile entity) {
      return !entity.coMentioned().isEmpty();
    }

    @Override
    public void render(EntityProfile entity, Html html) {
      html.open("div", "class", "graph small", "id", "graph", "data-graph", "/api/v1/entities/" + Urls.segment(entity.id()) + "/graph?limit=15",
          "data-centre", entity.id(), "role", "img", "aria-label", "Co-mention graph of " + entity.name());
      html.close("div");
      html.open("ul", "class", "entity-list");
      for (EntityProfile.CoMention other : entity.coMentioned()) {
        html.open("li");
        Format.entityLink(html, other.id(), other.name(), other.type());
        html.element("span", other.sharedArticles() + (other.sharedArticles() == 1 ? " article" : " articles"), "class", "count");
        html.close("li");
      }
      html.close("ul");
      html.element("a", "Explore the graph →", "href", Urls.withQuery("/graph", "entity", entity.id()));
    }
  }

  /** The newest articles that mention it. */
  static final class Articles implements EntitySection {
    @Override
    public String title() {
      return "Articles";
    }

    @Override
    public boolean appliesTo(EntityProfile entity) {
      return true;
    }

    @Override
    public void render(EntityProfile entity, Html html) {
      html.open("ul", "class", "article-list");
      for (EntityProfile.ArticleRef article : entity.recentArticles()) {
        html.open("li");
        html.element("a", article.title().isBlank() ? "(untitled)" : article.title(), "href", Urls.article(article.id()));
        html.text(" ");
        Format.time(html, article.published());
        html.close("li");
      }
      html.close("ul");
      html.element("a", "All " + Format.number(entity.articles()) + " articles →", "href", Urls.withQuery("/search", "entity", entity.id()));
    }
  }
}
