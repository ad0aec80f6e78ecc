package dev.dossier.resolve;

import dev.dossier.core.Doc;
import dev.dossier.core.Entity;
import dev.dossier.core.EntityType;
import dev.dossier.core.Layers;
import dev.dossier.core.Mention;
import dev.dossier.core.Token;
import dev.dossier.nlp.Names;
import dev.dossier.resolve.kb.KbEntity;
import dev.dossier.resolve.kb.KnowledgeBase;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A Title Case headline the recogniser took for one long name ("Lindsay Lohan Checks Into Rehab",
 * "AMD Announces Strategic Investment") names the entity its first words are: when those words are
 * the whole name of exactly one known entity and the rest reads as a clause (a verb, or a
 * preposition such as "Into" or "With"), the long name resolves to that entity. A real name that
 * extends a known one ("Bank of America Merrill Lynch") has no such words and is left alone.
 */
final class HeadlineFragments {

  private static final Set<String> CLAUSE_WORDS =
      Set.of("into", "to", "with", "for", "after", "again", "over", "as", "at", "by", "from", "in", "on", "out", "up", "down", "off", "amid", "against", "says", "said");

  private final KnowledgeBase kb;

  HeadlineFragments(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** The known entity a headline fragment names, if the entity is one. */
  Optional<Candidate> resolve(Entity local, Doc doc, EntityMemory memory) {
    String name = Names.clean(local.name());
    String[] words = name.split(" ");
    if (words.length < 2 || !doc.has(Layers.TOKENS) || local.mentions().isEmpty()) {
      return Optional.empty();
    }
    for (int k = Math.max(1, words.length - 2); k >= 1; k--) {
      String prefix = String.join(" ", List.of(words).subList(0, k));
      String rest = String.join(" ", List.of(words).subList(k, words.length));
      if (!readsAsClause(rest, local, doc)) {
        continue;
      }
      for (EntityType type : k >= 2 ? List.of(EntityType.PERSON, EntityType.ORGANIZATION) : List.of(EntityType.ORGANIZATION, EntityType.PERSON)) {
        String key = NameKeys.identity(prefix, type);
        if (key.isEmpty()) {
          continue;
        }
        Set<String> ids = memory.lookup(key);
        if (ids.size() == 1) {
          String id = ids.iterator().next();
          return memory.entity(id).map(known -> new Candidate(id, known, kb.byResolvedId(id).orElse(null), "prefix", false));
        }
        List<KbEntity> entries = kb.byKey(key);
        if (ids.isEmpty() && entries.size() == 1) {
          KbEntity entry = entries.getFirst();
          return Optional.of(new Candidate(entry.resolvedId(), memory.entity(entry.resolvedId()).orElse(null), entry, "prefix", false));
        }
      }
    }
    return Optional.empty();
  }

  /** True if the words after the prefix hold a verb (as tagged in the text) or a clause word. */
  private static boolean readsAsClause(String rest, Entity local, Doc doc) {
    Set<String> restWords = new java.util.HashSet<>(List.of(rest.toLowerCase(Locale.ROOT).split(" ")));
    for (String word : restWords) {
      if (CLAUSE_WORDS.contains(word)) {
        return true;
      }
    }
    Mention first = local.mentions().getFirst();
    for (Token token : doc.get(Layers.TOKENS)) {
      if (first.span().contains(token.span()) && token.pos() != null && token.pos().startsWith("VB") && restWords.contains(token.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
