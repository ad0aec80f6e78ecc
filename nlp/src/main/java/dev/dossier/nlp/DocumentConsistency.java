package dev.dossier.nlp;

import dev.dossier.core.EntityType;
import dev.dossier.core.Mention;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One name, one type per article. The CRF labels each sentence alone, so the same name can come
 * out as a person in one sentence and a place in the next ("the Trump administration"). Within an
 * article a name almost always keeps one sense, so each mention takes the type most of the same
 * name's mentions have, and a lone word that is the last name of a person mentioned in full is
 * that person.
 */
final class DocumentConsistency {

  private DocumentConsistency() {}

  static List<Mention> harmonise(List<Mention> mentions) {
    Map<String, Map<EntityType, Integer>> votes = new HashMap<>();
    Set<String> surnames = new HashSet<>();
    for (Mention mention : mentions) {
      String key = Names.key(Names.clean(mention.text()));
      votes.computeIfAbsent(key, k -> new EnumMap<>(EntityType.class)).merge(mention.type(), 1, Integer::sum);
      if (mention.type() == EntityType.PERSON) {
        List<String> words = Names.personWords(Names.clean(mention.text()));
        if (words.size() > 1) {
          surnames.add(Names.key(words.get(words.size() - 1)));
        }
      }
    }
    List<Mention> result = new ArrayList<>(mentions.size());
    for (Mention mention : mentions) {
      String name = Names.clean(mention.text());
      String key = Names.key(name);
      EntityType type = mention.type();
      if (!name.contains(" ") && surnames.contains(key) && type != EntityType.LOCATION) {
        type = EntityType.PERSON;
      } else {
        type = majority(votes.get(key), type);
      }
      result.add(type == mention.type() ? mention : new Mention(mention.span(), mention.text(), type));
    }
    return result;
  }

  /** The type with a strict majority of the votes, else the mention's own type. */
  private static EntityType majority(Map<EntityType, Integer> votes, EntityType own) {
    int total = 0;
    EntityType best = own;
    int bestCount = 0;
    for (Map.Entry<EntityType, Integer> vote : votes.entrySet()) {
      total += vote.getValue();
      if (vote.getValue() > bestCount) {
        best = vote.getKey();
        bestCount = vote.getValue();
      }
    }
    return bestCount * 2 > total ? best : own;
  }
}
