package dev.dossier.nlp.quotes;

import dev.dossier.core.Entity;
import dev.dossier.core.EntityType;
import dev.dossier.core.Mention;
import dev.dossier.core.QuoteKind;
import dev.dossier.core.Span;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The turns of an interview transcript: paragraphs that open with a speaker's name and a colon
 * ({@code WALLACE: Let's start with …}). What follows the colon is the speaker's own words, a
 * direct quote without quotation marks. A label counts only if at least two paragraphs of the
 * article open with it, as the turns of a transcript do, or if it is the name of a person or
 * organisation ("Pence: Trump Was Mocking Clinton Camp", as headlines have it), or if it opens the
 * article's headline in words ("Poll: …"); a single "UPDATE:" is no speaker. Headline labels of
 * other shapes are {@link HeadlineLabels}'; a quote a digest credits inside a paragraph ("… -
 * Jane Doe: “…”") becomes a direct quote of that name.
 */
final class TranscriptTurns {

  /** The longest speaker label, in tokens ("SEN. ELIZABETH WARREN"). */
  private static final int MAX_LABEL = 4;

  private final TokenView tv;
  /** End offset to start offset of every mention of a person or organisation. */
  private final Map<Integer, Integer> names = new HashMap<>();
  /** The names, aliases and surnames of the article's people and organisations, upper case. */
  private final java.util.Set<String> nameForms = new java.util.HashSet<>();

  TranscriptTurns(TokenView tv, List<Entity> entities) {
    this.tv = tv;
    for (Entity entity : entities) {
      if (entity.type() == EntityType.PERSON || entity.type() == EntityType.ORGANIZATION) {
        for (Mention mention : entity.mentions()) {
          names.merge(mention.span().end(), mention.span().start(), Math::min);
        }
        nameForms.add(entity.name().toUpperCase(java.util.Locale.ROOT));
        entity.aliases().forEach(alias -> nameForms.add(alias.toUpperCase(java.util.Locale.ROOT)));
        if (entity.type() == EntityType.PERSON) {
          // A headline names a person by surname: "Pence:" for Mike Pence.
          String[] words = entity.name().split(" ");
          nameForms.add(words[words.length - 1].toUpperCase(java.util.Locale.ROOT));
        }
      }
    }
  }

  /**
   * The transcript's and the headline's turns, as direct quotes; and, among the quotes {@code
   * direct} found, those a digest credits with a name and a colon inside a paragraph become direct
   * quotes of that name ({@link #labelQuotes}).
   */
  List<Candidate> find(List<Candidate> direct) {
    List<Candidate> turns = turns();
    labelQuotes(direct.stream().filter(d -> turns.stream().noneMatch(t -> t.overlap(d.span()) > 0)).toList());
    return turns;
  }

  private List<Candidate> turns() {
    List<int[]> turns = new ArrayList<>();
    Map<String, Integer> labels = new HashMap<>();
    for (int i = 0; i < tv.size; i++) {
      if (i > 0 && tv.paragraph[i] == tv.paragraph[i - 1]) {
        continue;
      }
      int colon = -1;
      for (int k = i; k < tv.size && k <= i + MAX_LABEL && tv.paragraph[k] == tv.paragraph[i]; k++) {
        if (tv.word[k].equals(":")) {
          colon = k;
          break;
        }
        if (!isLabelWord(k)) {
          break;
        }
      }
      if (colon <= i) {
        continue;
      }
      int end = colon + 1;
      while (end < tv.size && tv.paragraph[end] == tv.paragraph[i]) {
        end++;
      }
      if (end - colon > 4) {
        turns.add(new int[] {i, colon, end});
        labels.merge(tv.text(i, colon).toUpperCase(java.util.Locale.ROOT), 1, Integer::sum);
      }
    }
    List<Candidate> candidates = new ArrayList<>();
    for (int[] turn : turns) {
      if (labels.get(tv.text(turn[0], turn[1]).toUpperCase(java.util.Locale.ROOT)) < 2 && !isName(turn[0], turn[1]) && !isHeadlineLabel(turn[0], turn[1])) {
        continue;
      }
      candidates.add(turn(turn[0], turn[1], turn[1], turn[2]));
    }
    if (candidates.isEmpty() || tv.paragraph[candidates.getFirst().firstToken] != tv.paragraph[0]) {
      // A headline names its source in more shapes than a transcript its speaker ("Doe to Union Leaders: …").
      int[] label = new HeadlineLabels(tv, this::isName).find();
      int end = label == null ? -1 : paragraphEnd(label[2]);
      if (label != null && end - label[2] > 4) {
        candidates.addFirst(turn(label[0], label[1], label[2], end));
      }
    }
    return candidates;
  }

  /**
   * Turns into direct quotes the quotes that DirectQuotes found with no attribution after a name
   * and a colon inside a paragraph: "Topic of the item - Jane Doe: “…”", "More from Doe:
   * “…”", as a digest credits the pieces it quotes. The label is the name of a person or
   * organisation of the article ("Doe and Roe"), after a dash, the paragraph's or the
   * sentence's start, or "from"; a quote with a verb before it was read with its cue already.
   */
  private void labelQuotes(List<Candidate> direct) {
    for (Candidate candidate : direct) {
      int colon = candidate.firstToken - 1;
      // A partial quote's clause reading ("… matters for … - Jane Doe: “…”") gives way to the credit.
      if (candidate.kind != QuoteKind.PARTIAL || colon < 1 || !tv.word[colon].equals(":") || tv.paragraph[colon] != tv.paragraph[candidate.firstToken]) {
        continue;
      }
      int from = colon;
      while (from > 0 && colon - from < MAX_LABEL + 2 && tv.paragraph[from - 1] == tv.paragraph[colon] && isNameToken(from - 1)) {
        from--;
      }
      while (from < colon && !tv.isProperNoun(from)) {
        from++;
      }
      if (from == colon) {
        continue;
      }
      int before = from - 1;
      // After a dash or "from" the label is a digest's credit, whether or not the entity reader took the name whole (a first name alone taken for an organisation).
      boolean credit = before >= 0 && tv.paragraph[before] == tv.paragraph[colon] && (isDash(before) || tv.lower[before].equals("from"));
      boolean opens = before < 0 || tv.paragraph[before] != tv.paragraph[colon] || tv.sentence[before] != tv.sentence[from];
      if (credit || opens && isName(from, colon)) {
        candidate.kind = QuoteKind.DIRECT;
        candidate.term = false;
        candidate.attribution = new Attribution(from, colon, null, colon, colon + 1, -1, -1, colon + 1);
      }
    }
  }

  /** A word of a name in a digest's label: a proper noun, an initial, or "and" between two names. */
  private boolean isNameToken(int k) {
    return !tv.inQuote(k) && (tv.isProperNoun(k) || tv.lower[k].equals("and") || tv.word[k].equals("&"));
  }

  private boolean isDash(int k) {
    String word = tv.word[k];
    return word.equals("-") || word.equals("–") || word.equals("—") || word.equals("--");
  }

  /** The direct quote after the colon {@code colon} to {@code end}, credited to the label {@code [from, to)}. */
  private Candidate turn(int from, int to, int colon, int end) {
    Attribution attribution = new Attribution(from, to, null, colon, colon + 1, -1, -1, colon + 1);
    Span content = new Span(tv.start[colon + 1], tv.end[end - 1]);
    return new Candidate(content, QuoteKind.DIRECT, attribution, colon + 1);
  }

  /** The token after the paragraph of token {@code k}. */
  private int paragraphEnd(int k) {
    int end = k + 1;
    while (end < tv.size && tv.paragraph[end] == tv.paragraph[k]) {
      end++;
    }
    return end;
  }

  /** True if the label ends with a mention of a person or organisation ("Dr. Ben Carson"), or is one's name, alias or surname ("Pence"). */
  private boolean isName(int from, int to) {
    Integer start = names.get(tv.end[to - 1]);
    return start != null && start >= tv.start[from] || nameForms.contains(tv.text(from, to).toUpperCase(java.util.Locale.ROOT));
  }

  /**
   * True if the label {@code [from, to)} opens the article's first paragraph, its headline, where a
   * label and a colon attribute what follows to a source however it is named ("Poll: Trump Ties
   * Clinton", "Newspaper: Minister used personal email"), not only to a person or organisation of
   * the article; the label is words, not a shouted tag or OCR debris.
   */
  private boolean isHeadlineLabel(int from, int to) {
    if (tv.paragraph[from] != tv.paragraph[0]) {
      return false;
    }
    for (int k = from; k < to; k++) {
      String word = tv.word[k];
      // A source is named in words: not "UPDATE:", "BREAKING:" or "WATCH:", which shout, nor OCR debris such as "Ma1:".
      if (!word.chars().allMatch(c -> Character.isLetter(c) || c == '.' || c == '-') || word.length() > 1 && word.equals(word.toUpperCase(java.util.Locale.ROOT))) {
        return false;
      }
    }
    return true;
  }

  /** A word of a speaker label: a capitalised name word or an abbreviation such as "SEN.". */
  private boolean isLabelWord(int k) {
    String word = tv.word[k];
    return !tv.inQuote(k) && !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && (tv.isProperNoun(k) || word.equals(word.toUpperCase(java.util.Locale.ROOT)));
  }
}
