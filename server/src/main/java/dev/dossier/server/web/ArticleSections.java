package dev.dossier.server.web;

import dev.dossier.core.DateMention;
import dev.dossier.core.Entity;
import dev.dossier.core.EntityType;
import dev.dossier.core.Removal;
import dev.dossier.server.html.Html;
import dev.dossier.store.StoredArticle;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/** The article page's sections for what the engine records today. */
final class ArticleSections {

  private ArticleSections() {}

  /** The sections of one article's page, those that need more than its own layers reading {@code findings}. */
  static List<ArticleSection> standard(ArticleFindings findings) {
    return List.of(new Entities(), new FindingSections.Quotes(findings), new EventSections.OfArticle(findings), new FindingSections.Reuse(findings), new Dates(), new Removed());
  }

  /** The article's entities by type, most mentioned first, each linked to its dossier. */
  static final class Entities implements ArticleSection {
    @Override
    public String title() {
      return "Entities";
    }

    @Override
    public boolean appliesTo(StoredArticle article) {
      return !article.entities().isEmpty();
    }

    @Override
    public void render(StoredArticle article, Html html) {
      Map<EntityType, List<Entity>> byType = article.entities().stream()
          .collect(Collectors.groupingBy(Entity::type, () -> new TreeMap<>(), Collectors.toList()));
      for (Map.Entry<EntityType, List<Entity>> group : byType.entrySet()) {
        html.element("h3", Format.typeLabel(group.getKey()) + " (" + group.getValue().size() + ")");
        html.open("ul", "class", "entity-list");
        group.getValue().stream()
            .sorted(Comparator.comparingInt((Entity e) -> -e.mentions().size()).thenComparing(Entity::name))
            .forEach(entity -> {
              html.open("li");
              Format.entityLink(html, entity.id(), entity.name(), entity.type());
              html.element("span", "×" + entity.mentions().size(), "class", "count", "title", entity.mentions().size() + " mentions");
              if (!entity.aliases().isEmpty()) {
                html.element("span", "also " + String.join(", ", entity.aliases()), "class", "aliases muted");
              }
              html.close("li");
            });
        html.close("ul");
      }
    }
  }

  /** The date expressions with their normalised values. */
  static final class Dates implements ArticleSection {
    @Override
    public String title() {
      return "Dates";
    }

    @Override
    public boolean appliesTo(StoredArticle article) {
      return !article.dates().isEmpty();
    }

    @Override
    public void render(StoredArticle article, Html html) {
      html.open("dl", "class", "dates");
      for (DateMention date : article.dates()) {
        html.element("dt", date.text());
        html.open("dd").element("time", date.value(), "datetime", date.value()).close("dd");
      }
      html.close("dl");
    }
  }

  /** Everything cleaning removed, with its reason; collapsed, as in the text. */
  static final class Removed implements ArticleSection {
    @Override
    public String title() {
      return "Removed";
    }

    @Override
    public boolean appliesTo(StoredArticle article) {
      return !article.article().removed().isEmpty();
    }

    @Override
    public void render(StoredArticle article, Html html) {
      Map<String, Long> byReason = article.article().removed().stream().collect(Collectors.groupingBy(Removal::reason, TreeMap::new, Collectors.counting()));
      html.open("p", "class", "muted");
      html.text(byReason.entrySet().stream().map(e -> e.getValue() + " " + e.getKey()).collect(Collectors.joining(", ")));
      html.text(" — shown collapsed in the text where each stood.");
      html.close("p");
    }
  }
}
