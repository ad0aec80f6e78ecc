package dev.dossier.engine;

import dev.dossier.core.Doc;
import dev.dossier.core.DossierException;
import dev.dossier.core.Entity;
import dev.dossier.core.EntityLink;
import dev.dossier.core.EntityType;
import dev.dossier.core.ErrorCode;
import dev.dossier.core.Layers;
import dev.dossier.resolve.Curation;
import dev.dossier.resolve.CurationRules;
import dev.dossier.resolve.EntityMemory;
import dev.dossier.resolve.NameForms;
import dev.dossier.resolve.NameKeys;
import dev.dossier.resolve.kb.KnowledgeBase;
import dev.dossier.store.CurationEntry;
import dev.dossier.store.EntityState;
import dev.dossier.store.Store;
import dev.dossier.store.StoredArticle;
import dev.dossier.store.StoredResolution;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Analysts' corrections to the resolved entities: merge, split, rename, retype, delete. Each is
 * checked, stored in the audit log with who made it, when and why, and applied at once to every
 * stored article it touches (their links are rewritten and the aggregates follow), in one
 * transaction. Later ingests and rebuilds replay the log ({@link CurationRules}), so a correction
 * is never lost.
 */
final class Curator {

  private final Store store;
  private final Clock clock;

  Curator(Store store, Clock clock) {
    this.store = store;
    this.clock = clock;
  }

  /** The corrections stored so far, as rules. */
  static CurationRules rules(Store store) {
    List<Curation> log = new ArrayList<>();
    for (CurationEntry entry : store.resolved().curations()) {
      log.add(new Curation(entry.seq(), entry.action(), entry.entityId(), entry.argument(), entry.target(), entry.who(), entry.at(), entry.why()));
    }
    return new CurationRules(log);
  }

  CurationEntry merge(String keep, String merged, String who, String why) {
    EntityState kept = require(keep);
    EntityState gone = require(merged);
    if (kept.id().equals(gone.id())) {
      throw new DossierException(ErrorCode.BAD_ARGUMENT, "cannot merge " + kept.id() + " into itself");
    }
    return apply(new CurationEntry(0, "merge", kept.id(), gone.id(), "", who, clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), why), List.of(gone.id(), kept.id()));
  }

  CurationEntry split(String id, String name, String who, String why) {
    EntityState entity = require(id);
    String folded = NameForms.fold(name);
    boolean used = false;
    for (String articleId : store.resolved().articlesOf(entity.id())) {
      StoredResolution resolution = store.resolved().resolution(articleId);
      for (int i = 0; i < resolution.links().size(); i++) {
        if (resolution.links().get(i).resolvedId().equals(entity.id()) && usesName(resolution.entities().get(i), folded)) {
          used = true;
        }
      }
    }
    if (!used) {
      throw new DossierException(ErrorCode.NOT_FOUND, "no article calls " + entity.id() + " '" + name + "': nothing to split off (see: dossier entity " + entity.id() + ")");
    }
    String target = KnowledgeBase.resolvedId(entity.type(), name);
    for (int n = 2; store.resolved().entityState(target).isPresent(); n++) {
      target = KnowledgeBase.resolvedId(entity.type(), name) + "-" + n;
    }
    return apply(new CurationEntry(0, "split", entity.id(), name, target, who, clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), why), List.of(entity.id()));
  }

  CurationEntry rename(String id, String name, String who, String why) {
    EntityState entity = require(id);
    if (name.isBlank()) {
      throw new DossierException(ErrorCode.BAD_ARGUMENT, "a new name for " + entity.id() + " must not be blank");
    }
    return apply(new CurationEntry(0, "rename", entity.id(), name.strip(), "", who, clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), why), List.of(entity.id()));
  }

  CurationEntry retype(String id, EntityType type, String who, String why) {
    EntityState entity = require(id);
    return apply(new CurationEntry(0, "retype", entity.id(), type.name(), "", who, clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), why), List.of(entity.id()));
  }

  CurationEntry delete(String id, String who, String why) {
    EntityState entity = require(id);
    return apply(new CurationEntry(0, "delete", entity.id(), "", "", who, clock.instant().truncatedTo(java.time.temporal.ChronoUnit.MILLIS), why), List.of(entity.id()));
  }

  private static boolean usesName(Entity local, String folded) {
    if (NameForms.fold(local.name()).equals(folded)) {
      return true;
    }
    return local.aliases().stream().anyMatch(alias -> NameForms.fold(alias).equals(folded));
  }

  /** The entity an id, a name or an alias denotes: exactly one, or a clear error. */
  private EntityState require(String nameOrId) {
    Optional<EntityState> byId = store.resolved().entityState(nameOrId);
    if (byId.isPresent()) {
      return byId.get();
    }
    List<dev.dossier.store.EntityProfile> profiles = store.entity(nameOrId);
    if (profiles.isEmpty()) {
      throw new DossierException(ErrorCode.NOT_FOUND, "no entity named '" + nameOrId + "' (try: dossier entities, or dossier entity NAME)");
    }
    if (profiles.size() > 1) {
      List<String> ids = profiles.stream().map(dev.dossier.store.EntityProfile::id).toList();
      throw new DossierException(ErrorCode.BAD_ARGUMENT, "'" + nameOrId + "' names " + profiles.size() + " entities: " + String.join(", ", ids) + "; give an id");
    }
    return store.resolved().entityState(profiles.getFirst().id()).orElseThrow();
  }

  /** Stores the correction and rewrites the articles of the affected entities under all the rules. */
  private CurationEntry apply(CurationEntry entry, List<String> affected) {
    List<Curation> log = new ArrayList<>(rules(store).log());
    log.add(new Curation(Long.MAX_VALUE, entry.action(), entry.entityId(), entry.argument(), entry.target(), entry.who(), entry.at(), entry.why()));
    CurationRules rules = new CurationRules(log);
    Set<String> articles = new LinkedHashSet<>();
    for (String id : affected) {
      articles.addAll(store.resolved().articlesOf(id));
    }
    List<Doc> docs = new ArrayList<>();
    Map<String, Set<String>> keys = new LinkedHashMap<>();
    for (String articleId : articles) {
      Optional<StoredArticle> stored = store.article(articleId);
      if (stored.isEmpty()) {
        continue;
      }
      StoredResolution resolution = store.resolved().resolution(articleId);
      Map<String, Entity> locals = new LinkedHashMap<>();
      resolution.entities().forEach(local -> locals.put(local.id(), local));
      List<EntityLink> links = rules.relink(resolution.links(), locals, this::known);
      for (EntityLink link : links) {
        Entity local = locals.get(link.entityId());
        if (local != null) {
          Set<String> entityKeys = keys.computeIfAbsent(link.resolvedId(), k -> new LinkedHashSet<>());
          entityKeys.addAll(NameKeys.of(local.name(), link.type()));
          local.aliases().forEach(alias -> entityKeys.addAll(NameKeys.of(alias, link.type())));
        }
      }
      Doc doc = StoredDocs.toDoc(store, stored.get(), resolution).with(Layers.LINKS, links, dev.dossier.resolve.Resolver.PRODUCER);
      docs.add(doc);
    }
    return store.curate(entry, docs, keys);
  }

  private Optional<EntityMemory.Known> known(String id) {
    return store.resolved().entityState(id).map(s -> new EntityMemory.Known(s.id(), s.name(), s.type(), s.kbId(), s.articles(), s.firstSeen(), s.lastSeen()));
  }
}
