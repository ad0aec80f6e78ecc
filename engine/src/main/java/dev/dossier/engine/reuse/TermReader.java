package dev.dossier.engine.reuse;

import dev.dossier.core.Span;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the content words of a stretch of text as {@link Term}s, normalised so that what a
 * spinner or a light edit changes matters as little as possible:
 *
 * <ol>
 *   <li>words are letters and digits with inner apostrophes, dots and commas ({@code U.S.},
 *       {@code 4,340}, {@code 2.27}); a possessive {@code 's} is dropped; a hyphenated word is
 *       split unless WordNet knows it whole;
 *   <li>adjacent words that form a WordNet multi-word lemma become one term ("Russian
 *       Federation", "go up");
 *   <li>a name WordNet knows (written in capitals, or capitalised anywhere but first) is keyed by
 *       its synset's name, so "US", "U.S.", "USA" and "United States" are one term;
 *   <li>function words and reporting verbs ({@link Stopwords}) are dropped;
 *   <li>the rest is keyed by its lemma in lower case ("shares" and "share" are one term).
 * </ol>
 *
 * <p>Immutable and thread-safe.
 */
public final class TermReader {

  private static final Pattern WORD = Pattern.compile("(?:\\p{L}\\.){2,}|[\\p{L}\\p{N}]+(?:['’.,\\-][\\p{L}\\p{N}]+)*");

  private static final char SEPARATOR = '\u001e';
  private static final char WORD_MARK = '\u001f';

  private final Thesaurus thesaurus;

  public TermReader(Thesaurus thesaurus) {
    this.thesaurus = thesaurus;
  }

  public Thesaurus thesaurus() {
    return thesaurus;
  }

  private record Token(String word, String lower, Span span) {}

  /** The terms of {@code span} in {@code text}, in text order. */
  public List<Term> terms(String text, Span span) {
    List<Token> tokens = tokens(text, span);
    List<Term> terms = new ArrayList<>();
    for (int i = 0; i < tokens.size(); ) {
      int length = multiwordLength(text, tokens, i);
      Token first = tokens.get(i);
      Token last = tokens.get(i + length - 1);
      String word = length == 1 ? first.word() : text.substring(first.span().start(), last.span().end());
      String lower = length == 1 ? first.lower() : word.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
      String key = key(word, lower, i == 0);
      if (key != null) {
        terms.add(new Term(key, word, new Span(first.span().start(), last.span().end())));
      }
      i += length;
    }
    return terms;
  }

  private List<Token> tokens(String text, Span span) {
    List<Token> tokens = new ArrayList<>();
    Matcher matcher = WORD.matcher(text).region(span.start(), span.end());
    while (matcher.find()) {
      int start = matcher.start();
      String word = matcher.group();
      if (word.endsWith("'s") || word.endsWith("’s")) {
        word = word.substring(0, word.length() - 2);
      }
      String lower = word.toLowerCase(Locale.ROOT);
      if (word.indexOf('-') > 0 && !thesaurus.isLemma(lower)) {
        int offset = 0;
        for (String part : word.split("-")) {
          if (!part.isEmpty()) {
            tokens.add(new Token(part, part.toLowerCase(Locale.ROOT), new Span(start + offset, start + offset + part.length())));
          }
          offset += part.length() + 1;
        }
      } else if (!word.isEmpty()) {
        tokens.add(new Token(word, lower, new Span(start, start + word.length())));
      }
    }
    return tokens;
  }

  /** How many tokens from {@code i} on form the longest multi-word lemma, 1 if none. */
  private int multiwordLength(String text, List<Token> tokens, int i) {
    if (!thesaurus.startsMultiword(tokens.get(i).lower())) {
      return 1;
    }
    StringBuilder joined = new StringBuilder(tokens.get(i).lower());
    int best = 1;
    for (int n = 2; n <= Thesaurus.MAX_WORDS && i + n <= tokens.size(); n++) {
      Token previous = tokens.get(i + n - 2);
      Token next = tokens.get(i + n - 1);
      if (next.span().start() != previous.span().end() + 1 || text.charAt(previous.span().end()) != ' ') {
        break;
      }
      joined.append(' ').append(next.lower());
      if (thesaurus.isLemma(joined.toString())) {
        best = n;
      }
    }
    return best;
  }

  private String key(String word, String lower, boolean initial) {
    if (lower.length() < 2 && !Character.isDigit(lower.charAt(0))) {
      return null;
    }
    boolean capitals = word.length() >= 2 && word.chars().filter(Character::isLetter).allMatch(Character::isUpperCase) && word.chars().anyMatch(Character::isLetter);
    boolean capitalised = Character.isUpperCase(word.charAt(0));
    if (capitals || (capitalised && !initial)) {
      String name = thesaurus.properName(lower);
      if (name == null && lower.endsWith(".")) {
        name = thesaurus.properName(lower.substring(0, lower.length() - 1));
      }
      if (name != null) {
        return name;
      }
    }
    if (Stopwords.contains(lower)) {
      return null;
    }
    if (thesaurus.isLemma(lower)) {
      return lower;
    }
    List<String> lemmas = thesaurus.lemmas(lower);
    return lemmas.isEmpty() ? lower : lemmas.getFirst();
  }

  /** The terms in the form the store keeps: keys and words, without positions. */
  public static String serialize(List<Term> terms) {
    StringBuilder out = new StringBuilder();
    for (Term term : terms) {
      if (!out.isEmpty()) {
        out.append(SEPARATOR);
      }
      out.append(term.key());
      if (!term.word().equals(term.key())) {
        out.append(WORD_MARK).append(term.word());
      }
    }
    return out.toString();
  }

  /** Terms read back from {@link #serialize}, with {@code null} spans. */
  public static List<Term> parse(String serialized) {
    List<Term> terms = new ArrayList<>();
    if (serialized.isEmpty()) {
      return terms;
    }
    int start = 0;
    while (start <= serialized.length()) {
      int end = serialized.indexOf(SEPARATOR, start);
      if (end < 0) {
        end = serialized.length();
      }
      String item = serialized.substring(start, end);
      int mark = item.indexOf(WORD_MARK);
      terms.add(mark < 0 ? new Term(item, item, null) : new Term(item.substring(0, mark), item.substring(mark + 1), null));
      start = end + 1;
    }
    return terms;
  }
}
