package dev.dossier.engine.quality;

import dev.dossier.core.Entity;
import dev.dossier.core.Mention;
import dev.dossier.core.Quote;
import dev.dossier.core.Span;
import dev.dossier.engine.reuse.UnitSplitter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Claims with no attribution: sentences that assert something about a named actor on the
 * writer's own authority.
 *
 * <h2>A claim</h2>
 *
 * A body sentence (the headline is not one) is a claim when it
 *
 * <ol>
 *   <li>is a statement: it does not end in {@code ?} or {@code !};
 *   <li>has at least {@link #MIN_WORDS} words;
 *   <li>names an actor: one of the article's entity mentions stands in it;
 *   <li>asserts something: it has a finite-verb signal, an auxiliary or modal ({@code is}, {@code
 *       had}, {@code will}, {@code could}, ...) or a past form in {@code -ed}. This keeps out
 *       photo captions and datelines ("Donald Trump with Vladimir Putin at the summit on November
 *       11, 2017."); a present-tense claim with no auxiliary ("Moscow denies it") is missed.
 * </ol>
 *
 * <h2>Attributed</h2>
 *
 * A claim is attributed when a quote of the quotes layer (direct, partial or reported) has its
 * words, its cue or its speaker in the sentence, or the sentence is inside a quotation, or it has
 * a sourcing word the quotes layer may not have tied to a speaker ({@link #SOURCING}: "according
 * to", "citing", "reportedly", "allegedly", "sources", ...). The rest are claims with no
 * attribution. Immutable and thread-safe.
 */
public final class UnattributedClaims {

  /** The fewest words of a claim. */
  public static final int MIN_WORDS = 8;

  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.\\-][\\p{L}\\p{N}]+)*");

  private static final Set<String> AUXILIARIES =
      Set.of(
          "is", "are", "was", "were", "be", "been", "being", "has", "have", "had", "do", "does", "did", "will", "would", "shall", "should", "can", "could",
          "may", "might", "must", "isn't", "aren't", "wasn't", "weren't", "hasn't", "haven't", "hadn't", "doesn't", "didn't", "won't", "wouldn't",
          "can't", "couldn't");

  /** Words and phrases that credit a sentence to a source even where no quote was found. */
  static final List<String> SOURCING =
      List.of(
          "according to", "citing", "cited", "reportedly", "allegedly", "purportedly", "source", "sources", "said", "says", "told", "reported", "reports",
          "claimed", "claims", "stated", "announced", "quoted", "spokesperson", "spokesman", "spokeswoman", "statement");

  private static final Pattern SOURCING_PATTERN =
      Pattern.compile("\\b(?:" + String.join("|", SOURCING.stream().map(Pattern::quote).toList()) + ")\\b", Pattern.CASE_INSENSITIVE);

  /**
   * An article's claim sentences and those of them no attribution covers.
   *
   * @param claims every claim sentence, in text order
   * @param unattributed the claims with no attribution, in text order
   */
  public record Claims(List<Span> claims, List<Span> unattributed) {

    public Claims {
      claims = List.copyOf(claims);
      unattributed = List.copyOf(unattributed);
    }
  }

  private UnattributedClaims() {}

  /**
   * The claims of a text.
   *
   * @param title the headline the text begins with, or empty
   * @param entities the article's entities with their mentions
   * @param quotes the article's quotes layer
   */
  public static Claims find(String text, String title, List<Entity> entities, List<Quote> quotes) {
    int bodyStart = !title.isEmpty() && text.startsWith(title) ? title.length() : 0;
    List<Span> mentions = new ArrayList<>();
    for (Entity entity : entities) {
      for (Mention mention : entity.mentions()) {
        mentions.add(mention.span());
      }
    }
    List<Span> covers = new ArrayList<>();
    List<Span> quoted = new ArrayList<>();
    for (Quote quote : quotes) {
      covers.add(quote.span());
      quoted.add(quote.span());
      if (quote.cue() != null) {
        covers.add(quote.cue());
      }
      if (quote.speaker() != null) {
        covers.add(quote.speaker().span());
      }
    }
    quoted.addAll(UnitSplitter.quotations(text));
    List<Span> claims = new ArrayList<>();
    List<Span> unattributed = new ArrayList<>();
    for (Span sentence : UnitSplitter.sentences(text)) {
      if (sentence.start() < bodyStart || !isClaim(text, sentence, mentions)) {
        continue;
      }
      claims.add(sentence);
      boolean inQuotation = quoted.stream().anyMatch(q -> q.contains(sentence));
      boolean covered = covers.stream().anyMatch(c -> c.overlaps(sentence));
      if (!inQuotation && !covered && !SOURCING_PATTERN.matcher(sentence.of(text)).find()) {
        unattributed.add(sentence);
      }
    }
    return new Claims(claims, unattributed);
  }

  private static boolean isClaim(String text, Span sentence, List<Span> mentions) {
    String words = sentence.of(text).stripTrailing();
    String end = words.replaceAll("[\"')\\]]+$", "");
    if (end.endsWith("?") || end.endsWith("!")) {
      return false;
    }
    if (mentions.stream().noneMatch(sentence::contains)) {
      return false;
    }
    Matcher matcher = WORD.matcher(words);
    int count = 0;
    boolean verb = false;
    while (matcher.find()) {
      String word = matcher.group();
      String lower = word.toLowerCase(Locale.ROOT);
      verb |= AUXILIARIES.contains(lower) || (count > 0 && lower.length() >= 5 && lower.endsWith("ed") && Character.isLowerCase(word.charAt(0)));
      count++;
    }
    return count >= MIN_WORDS && verb;
  }
}
