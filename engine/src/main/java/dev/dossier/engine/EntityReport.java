package dev.dossier.engine;

import dev.dossier.resolve.kb.KbEntity;
import dev.dossier.resolve.kb.KnowledgeBase;
import dev.dossier.store.EntityProfile;
import dev.dossier.store.EntityState;
import dev.dossier.store.SanctionsRow;
import dev.dossier.store.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Everything Dossier knows of one resolved entity: the store's profile (aliases, counts, first and
 * last seen, co-mentioned entities, articles), its mentions per month, its sanctions hits, and its
 * knowledge-base entry and relations (a capital's country, an agency's country).
 *
 * @param kbId the knowledge-base id (Wikidata QID where known), or {@code null}
 * @param related relations from the knowledge base: "capital of Russia", "country Russia", offices held
 */
public record EntityReport(EntityProfile profile, String kbId, Map<String, Integer> mentionsPerMonth, List<SanctionsRow> sanctions, List<String> related) {

  static EntityReport of(EntityProfile profile, Store store) {
    Optional<EntityState> state = store.resolved().entityState(profile.id());
    Optional<KbEntity> entry = KnowledgeBase.instance().byResolvedId(profile.id());
    String kbId = state.map(EntityState::kbId).orElse(entry.map(KbEntity::kbId).orElse(null));
    return new EntityReport(profile, kbId, store.resolved().mentionsPerMonth(profile.id()), store.resolved().sanctions(profile.id()), related(entry));
  }

  /** The knowledge base's relations of an entry, in words. */
  static List<String> related(Optional<KbEntity> entry) {
    List<String> related = new ArrayList<>();
    if (entry.isEmpty()) {
      return related;
    }
    KbEntity kb = entry.get();
    Optional<String> country = KnowledgeBase.instance().country(kb.country()).map(KbEntity::name);
    switch (kb.kind()) {
      case "country" -> KnowledgeBase.instance().capital(kb.country()).ifPresent(capital -> related.add("capital " + capital.name()));
      case "capital" -> country.ifPresent(name -> related.add("capital of " + name));
      default -> country.ifPresent(name -> related.add((kb.kind().equals("person") ? "nationality " : "country ") + name));
    }
    for (KbEntity.Office office : kb.offices()) {
      related.add(office.title() + " " + office.from() + "-" + (office.to() == 0 ? "" : office.to()));
    }
    return related;
  }
}
