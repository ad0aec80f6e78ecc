package dev.dossier.ingest.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The rules {@link Cleaner#standard()} applies, in the order it tries them: {@code link-spam}
 * first, then {@code share-prompt}, then {@code boilerplate}. The first rule that matches a line
 * decides its reason. Repeated paragraphs are found by the cleaner itself, since that needs the
 * lines before.
 *
 * <p>How to add a rule: put it in the family class its reason belongs to, give it a stable name
 * and a word limit no larger than the boilerplate it targets needs, and add to {@code
 * StandardRulesTest} both lines it must remove and real sentences of similar shape it must keep.
 *
 * <p>The list is immutable and its rules are thread-safe.
 */
public final class StandardRules {

  private static final List<Rule> ALL = build();

  private StandardRules() {}

  /** Every standard rule, in the order they are tried. */
  public static List<Rule> all() {
    return ALL;
  }

  /** The first standard rule that removes this line, normalised as by {@link TextNormalizer}. */
  public static Optional<Rule> firstMatch(String line) {
    String normalized = TextNormalizer.normalizeLineForRules(line);
    if (normalized.isEmpty()) {
      return Optional.empty();
    }
    String searchForm = Rule.searchForm(normalized);
    int words = Words.count(normalized);
    for (Rule rule : ALL) {
      if (rule.matches(normalized, searchForm, words)) {
        return Optional.of(rule);
      }
    }
    return Optional.empty();
  }

  private static List<Rule> build() {
    List<Rule> rules = new ArrayList<>();
    rules.addAll(LinkSpamRules.rules());
    rules.addAll(SharePromptRules.rules());
    rules.addAll(BoilerplateRules.rules());
    return List.copyOf(rules);
  }
}
