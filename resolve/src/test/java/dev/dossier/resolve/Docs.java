package dev.dossier.resolve;

import dev.dossier.core.Article;
import dev.dossier.core.Doc;
import dev.dossier.core.Entity;
import dev.dossier.core.EntityType;
import dev.dossier.core.Layers;
import dev.dossier.core.Mention;
import dev.dossier.core.Producer;
import dev.dossier.core.Span;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Documents built by hand for resolution tests: real news sentences, with the entities the entity
 * stage would give them marked by name, so a test needs no recogniser.
 */
final class Docs {

  private Docs() {}

  /** A named entity to mark: every occurrence of each name becomes one of its mentions. */
  record Named(EntityType type, String canonical, String... names) {}

  static Doc doc(String id, LocalDate published, String text, Named... entities) {
    Article article = new Article(id, null, "", published, null, text, List.of(), id, id);
    List<Entity> list = new ArrayList<>();
    for (Named named : entities) {
      List<Mention> mentions = new ArrayList<>();
      List<String> aliases = new ArrayList<>();
      List<String> all = new ArrayList<>(List.of(named.names()));
      all.add(0, named.canonical());
      Map<Integer, Mention> byStart = new LinkedHashMap<>();
      for (String name : all) {
        for (int at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + 1)) {
          int start = at;
          boolean inside = byStart.values().stream().anyMatch(m -> m.span().start() <= start && start < m.span().end());
          if (!inside) {
            byStart.put(at, new Mention(new Span(at, at + name.length()), name, named.type()));
          }
        }
        if (!name.equals(named.canonical())) {
          aliases.add(name);
        }
      }
      mentions.addAll(byStart.values());
      mentions.sort(java.util.Comparator.comparing(Mention::span));
      String id2 = named.type().name().toLowerCase() + ":" + dev.dossier.nlp.Names.slug(named.canonical());
      list.add(new Entity(id2, named.canonical(), named.type(), aliases, mentions));
    }
    return Doc.of(article).with(Layers.ENTITIES, list, new Producer("entities", 1));
  }

  static Named person(String canonical, String... names) {
    return new Named(EntityType.PERSON, canonical, names);
  }

  static Named org(String canonical, String... names) {
    return new Named(EntityType.ORGANIZATION, canonical, names);
  }

  static Named place(String canonical, String... names) {
    return new Named(EntityType.LOCATION, canonical, names);
  }

  static Named misc(String canonical, String... names) {
    return new Named(EntityType.MISC, canonical, names);
  }
}
