package dev.dossier.nlp;

import dev.dossier.core.Doc;
import dev.dossier.core.EntityType;
import dev.dossier.core.Mention;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Mentions in a headline written in Title Case ("Report on the Investigation into Russian
 * Interference") or in capitals. There every word looks like a name to the CRF, which was trained
 * on sentence case, so a headline mention is kept only when the body confirms it: the body names
 * the same thing, names a person with it as last name, or the name is a country. Headlines in
 * sentence case are read like any sentence.
 */
final class Headlines {

  /** Share of a headline's longer words that must be capitalised for it to count as Title Case. */
  private static final double TITLE_CASE_SHARE = 0.7;

  private Headlines() {}

  static List<Mention> confirmed(Doc doc, List<Mention> mentions) {
    String title = doc.article().title();
    if (title.isBlank() || !doc.text().startsWith(title) || !isTitleCase(title)) {
      return mentions;
    }
    int headlineEnd = title.length();
    Set<String> bodyNames = new HashSet<>();
    for (Mention mention : mentions) {
      if (mention.span().start() >= headlineEnd) {
        String name = Names.clean(mention.text());
        bodyNames.add(Names.key(name));
        if (mention.type() == EntityType.PERSON) {
          List<String> words = Names.personWords(name);
          bodyNames.add(Names.key(words.get(words.size() - 1)));
        }
      }
    }
    List<Mention> kept = new ArrayList<>(mentions.size());
    for (Mention mention : mentions) {
      boolean inHeadline = mention.span().start() < headlineEnd;
      String name = Names.clean(mention.text());
      if (!inHeadline || bodyNames.contains(Names.key(name)) || Countries.instance().byName(name).isPresent()) {
        kept.add(mention);
      }
    }
    return kept;
  }

  static boolean isTitleCase(String title) {
    int longer = 0;
    int capitalised = 0;
    String[] words = title.split("[\\s\\-]+");
    for (int i = 1; i < words.length; i++) {
      String word = words[i].replaceAll("[^\\p{L}]", "");
      if (word.length() < 4) {
        continue;
      }
      longer++;
      if (Character.isUpperCase(word.charAt(0))) {
        capitalised++;
      }
    }
    return longer >= 2 && capitalised >= TITLE_CASE_SHARE * longer;
  }
}
