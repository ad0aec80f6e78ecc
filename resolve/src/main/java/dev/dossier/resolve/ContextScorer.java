package dev.dossier.resolve;

import dev.dossier.core.Entity;
import dev.dossier.core.Mention;
import dev.dossier.resolve.kb.KbEntity;
import dev.dossier.resolve.kb.KnowledgeBase;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * How much an article's context supports a candidate, from 0 (nothing) up: the evidence that
 * decides between two people of one surname, or whether a lone surname is the person the corpus
 * or the knowledge base knows.
 *
 * <ul>
 *   <li>Co-mentions: the entities the article names that the candidate's earlier articles also
 *       named, each weighted by how rare it is (inverse document frequency), as a share of the
 *       weight of all the article's entities. "United States" counts for little, "Betty Ford
 *       Center" for much.
 *   <li>Time: the article's date near the candidate's earlier articles, or far from them.
 *   <li>Knowledge base: the entry's country named in the article (as the country, a demonym, its
 *       capital or one of its institutions); words of the entry's offices near the mentions
 *       ("foreign minister", "intelligence"); and the article's date inside (or outside) those
 *       offices' years.
 * </ul>
 */
final class ContextScorer {

  private static final Set<String> OFFICE_STOPWORDS =
      Set.of("of", "the", "and", "for", "to", "in", "on", "from", "chief", "head", "member", "deputy", "first", "state", "united", "states");

  /** Characters either side of a mention read for office words. */
  private static final int WINDOW = 120;

  private final KnowledgeBase kb;

  ContextScorer(KnowledgeBase kb) {
    this.kb = kb;
  }

  /** What the scorer reads of one article. */
  record ArticleContext(Set<String> entityIds, Set<String> countries, LocalDate published, String text) {}

  /** The countries an article's resolved entities stand for or belong to. */
  Set<String> countriesOf(Set<String> resolvedIds) {
    Set<String> countries = new HashSet<>();
    for (String id : resolvedIds) {
      kb.byResolvedId(id).ifPresent(entry -> {
        if (!entry.country().isEmpty() && !entry.kind().equals("person")) {
          countries.add(entry.country());
        }
      });
    }
    return countries;
  }

  double support(Candidate candidate, Entity local, ArticleContext context, EntityMemory memory) {
    double support = coMentionSupport(candidate.id(), context.entityIds(), memory) + timeSupport(candidate, context.published());
    if (candidate.kb() != null) {
      support += knowledgeSupport(candidate.kb(), local, context);
    }
    return support;
  }

  private static double coMentionSupport(String id, Set<String> context, EntityMemory memory) {
    if (context.isEmpty()) {
      return 0;
    }
    Map<String, Integer> coMentions = memory.coMentions(id);
    if (coMentions.isEmpty()) {
      return 0;
    }
    double total = 0;
    double shared = 0;
    long articles = Math.max(1, memory.articleCount());
    for (String other : context) {
      if (other.equals(id)) {
        continue;
      }
      int frequency = memory.entity(other).map(EntityMemory.Known::articles).orElse(0);
      double weight = Math.log(1 + (double) articles / (1 + frequency));
      total += weight;
      if (coMentions.containsKey(other)) {
        shared += weight;
      }
    }
    return total == 0 ? 0 : shared / total;
  }

  /** Years around a candidate's articles within which a new article is in its time. */
  private static final int YEARS_AROUND = 2;

  /**
   * Time: an article dated within {@link #YEARS_AROUND} years of the candidate's dated articles
   * counts for it (+0.1), one far outside against it (−0.1); undated articles say nothing.
   */
  private static double timeSupport(Candidate candidate, LocalDate published) {
    if (published == null || candidate.known() == null || candidate.known().firstSeen() == null) {
      return 0;
    }
    LocalDate from = candidate.known().firstSeen().minusYears(YEARS_AROUND);
    LocalDate to = candidate.known().lastSeen().plusYears(YEARS_AROUND);
    return published.isBefore(from) || published.isAfter(to) ? -0.1 : 0.1;
  }

  private static double knowledgeSupport(KbEntity entry, Entity local, ArticleContext context) {
    double support = 0;
    if (!entry.country().isEmpty() && context.countries().contains(entry.country())) {
      support += 0.35;
    }
    if (entry.kind().equals("capital")) {
      support += 0.1;
    }
    if (!entry.offices().isEmpty()) {
      Set<String> near = wordsNear(local, context.text());
      int hits = 0;
      Set<String> officeWords = new HashSet<>();
      for (KbEntity.Office office : entry.offices()) {
        for (String word : office.title().toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
          if (word.length() > 2 && !OFFICE_STOPWORDS.contains(word)) {
            officeWords.add(word);
          }
        }
      }
      for (String word : officeWords) {
        if (near.contains(word)) {
          hits++;
        }
      }
      support += hits == 0 ? 0 : hits == 1 ? 0.25 : 0.35;
      if (context.published() != null) {
        boolean held = entry.offices().stream().anyMatch(office -> office.heldOn(context.published()));
        support += held ? 0.15 : -0.15;
      }
    }
    return support;
  }

  /** The lower-case words within {@link #WINDOW} characters of the entity's mentions. */
  private static Set<String> wordsNear(Entity local, String text) {
    Set<String> words = new HashSet<>();
    for (Mention mention : local.mentions()) {
      int from = Math.max(0, mention.span().start() - WINDOW);
      int to = Math.min(text.length(), mention.span().end() + WINDOW);
      for (String word : text.substring(from, to).toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
        if (!word.isEmpty()) {
          words.add(word);
        }
      }
    }
    // "Defense" and "defence" are one office word.
    if (words.contains("defense")) {
      words.add("defence");
    }
    return words;
  }
}
