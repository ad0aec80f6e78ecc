package dev.dossier.resolve.sanctions;

import dev.dossier.core.Doc;
import dev.dossier.core.Entity;
import dev.dossier.core.Layers;
import dev.dossier.core.Mention;
import dev.dossier.core.Sentence;
import dev.dossier.core.Span;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What an article says around one entity that bears on a sanctions match: the countries it names,
 * the words near the entity's mentions (for the entry's listed role, and for talk of sanctions),
 * and a year of birth or an age it gives; and the sentence that serves as evidence.
 */
final class ScreeningContext {

  private static final int WINDOW = 150;
  private static final Pattern BORN = Pattern.compile("\\bborn(?: in)?(?: [A-Z][a-z]+(?: \\d{1,2},?)?)? (\\d{4})\\b");
  private static final Pattern AGE = Pattern.compile("\\b(\\d{2})-year-old\\b|, (\\d{2}),");
  private static final Set<String> ROLE_STOPWORDS = Set.of("of", "the", "and", "for", "to", "in", "on", "member", "deputy", "first", "federation", "russian", "federal", "assembly");

  private final Doc doc;
  private final List<Entity> group;
  private final Set<String> countries;
  private final String near;

  ScreeningContext(Doc doc, List<Entity> group, Set<String> countries) {
    this.doc = doc;
    this.group = group;
    this.countries = countries;
    StringBuilder text = new StringBuilder();
    for (Entity local : group) {
      for (Mention mention : local.mentions()) {
        int from = Math.max(0, mention.span().start() - WINDOW);
        int to = Math.min(doc.text().length(), mention.span().end() + WINDOW);
        text.append(doc.text(), from, to).append('\n');
      }
    }
    this.near = text.toString();
  }

  /**
   * The context's support for an entry, adding its reasons: nationality named in the article
   * (+0.15; −0.15 if the entry has one the article never names while it names others), the listed
   * role's words near the mentions (+0.1 each, at most 0.2), talk of sanctions near them (+0.1),
   * and a year of birth or age the text gives (+0.2 if the entry agrees, −0.4 if not).
   */
  double support(SdnEntry entry, List<String> reasons) {
    double support = 0;
    boolean named = false;
    for (String nationality : entry.nationalities()) {
      Optional<String> code = SanctionsScreener.countryCode(nationality);
      if (code.isPresent() && countries.contains(code.get())) {
        named = true;
        reasons.add("nationality " + nationality + " named in the article");
        break;
      }
    }
    if (named) {
      support += 0.15;
    } else if (!entry.nationalities().isEmpty() && !countries.isEmpty()) {
      support -= 0.15;
      reasons.add("listed nationality " + String.join("/", entry.nationalities()) + " not named in the article");
    }
    String lower = near.toLowerCase(Locale.ROOT);
    Set<String> words = new HashSet<>(List.of(lower.split("[^\\p{L}]+")));
    int roles = 0;
    for (String word : entry.title().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
      if (word.length() > 2 && !ROLE_STOPWORDS.contains(word) && words.contains(word) && roles < 2) {
        roles++;
        reasons.add("role word '" + word + "'");
      }
    }
    support += 0.1 * roles;
    if (lower.contains("sanction")) {
      support += 0.1;
      reasons.add("sanctions named near the mention");
    }
    Optional<Integer> born = birthYear();
    if (born.isPresent() && !entry.birthYears().isEmpty()) {
      boolean agrees = entry.birthYears().stream().anyMatch(year -> Math.abs(year - born.get()) <= 1);
      support += agrees ? 0.2 : -0.4;
      reasons.add((agrees ? "born " : "text says born ") + born.get() + (agrees ? ", as listed" : ", list says " + entry.birthYears()));
    }
    return support;
  }

  /** A year of birth the text gives near the mentions, directly or as an age at publication. */
  private Optional<Integer> birthYear() {
    Matcher born = BORN.matcher(near);
    if (born.find()) {
      return Optional.of(Integer.parseInt(born.group(1)));
    }
    if (doc.article().published() != null) {
      Matcher age = AGE.matcher(near);
      if (age.find()) {
        int years = Integer.parseInt(age.group(1) != null ? age.group(1) : age.group(2));
        return Optional.of(doc.article().published().getYear() - years);
      }
    }
    return Optional.empty();
  }

  /** The mention that names the entity most fully: the one to quote as evidence. */
  Mention bestMention(Entity local) {
    Entity chosen = local == null ? group.getFirst() : local;
    Mention best = chosen.mentions().getFirst();
    for (Mention mention : chosen.mentions()) {
      if (mention.text().length() > best.text().length()) {
        best = mention;
      }
    }
    return best;
  }

  /** The sentence holding the mention, or the text around it if the document has no sentences. */
  String evidence(Mention mention) {
    Span at = mention.span();
    if (doc.has(Layers.SENTENCES)) {
      for (Sentence sentence : doc.get(Layers.SENTENCES)) {
        if (sentence.span().contains(at)) {
          return sentence.span().of(doc.text()).strip().replaceAll("\\s+", " ");
        }
      }
    }
    int from = Math.max(0, doc.text().lastIndexOf('\n', at.start()) + 1);
    int to = doc.text().indexOf('\n', at.end());
    return doc.text().substring(from, to < 0 ? doc.text().length() : to).strip().replaceAll("\\s+", " ");
  }
}
