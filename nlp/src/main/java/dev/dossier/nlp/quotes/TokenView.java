package dev.dossier.nlp.quotes;

import dev.dossier.core.Doc;
import dev.dossier.core.Layers;
import dev.dossier.core.Sentence;
import dev.dossier.core.Span;
import dev.dossier.core.Token;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One document's tokens as flat arrays, with what attribution needs to know about each: its
 * sentence, its paragraph, and the quoted region it stands in. Part-of-speech tests use the Penn
 * Treebank tags the token stage assigns. Built once per document; not shared between threads.
 */
final class TokenView {

  final String text;
  final int size;
  final String[] word;
  final String[] lower;
  final String[] pos;
  final String[] lemma;
  final int[] start;
  final int[] end;
  final int[] sentence;
  final int[] paragraph;
  /** Index into {@link #regions} of the quoted region holding the token, marks included; -1 outside quotes. */
  final int[] region;

  final List<Sentence> sentences;
  final List<QuotedRegion> regions;

  TokenView(Doc doc, List<QuotedRegion> regions) {
    this.text = doc.text();
    this.regions = regions;
    List<Token> tokens = doc.get(Layers.TOKENS);
    this.sentences = doc.get(Layers.SENTENCES);
    size = tokens.size();
    word = new String[size];
    lower = new String[size];
    pos = new String[size];
    lemma = new String[size];
    start = new int[size];
    end = new int[size];
    sentence = new int[size];
    paragraph = new int[size];
    region = new int[size];
    Arrays.fill(sentence, -1);
    for (int i = 0; i < size; i++) {
      Token token = tokens.get(i);
      word[i] = token.span().of(text);
      lower[i] = word[i].toLowerCase(Locale.ROOT);
      pos[i] = token.pos() == null ? "" : token.pos();
      lemma[i] = token.lemma() == null ? lower[i] : token.lemma().toLowerCase(Locale.ROOT);
      start[i] = token.span().start();
      end[i] = token.span().end();
    }
    for (int s = 0; s < sentences.size(); s++) {
      for (int i = sentences.get(s).firstToken(); i < sentences.get(s).endToken() && i < size; i++) {
        sentence[i] = s;
      }
    }
    int par = 0;
    int at = 0;
    int r = 0;
    for (int i = 0; i < size; i++) {
      for (; at < start[i]; at++) {
        if (text.charAt(at) == '\n' && at + 1 < text.length() && (at == 0 || text.charAt(at - 1) != '\n')) {
          par++;
        }
      }
      paragraph[i] = par;
      while (r < regions.size() && regions.get(r).outer().end() <= start[i]) {
        r++;
      }
      region[i] = r < regions.size() && regions.get(r).outer().start() <= start[i] ? r : -1;
    }
  }

  int sentenceStart(int s) {
    return sentences.get(s).firstToken();
  }

  int sentenceEnd(int s) {
    return sentences.get(s).endToken();
  }

  /** The token holding character {@code offset} (or the last that starts before it), -1 before the first token. */
  int tokenAt(int offset) {
    int low = 0;
    int high = size - 1;
    if (high < 0 || start[0] > offset) {
      return -1;
    }
    while (low < high) {
      int mid = (low + high + 1) >>> 1;
      if (start[mid] <= offset) {
        low = mid;
      } else {
        high = mid - 1;
      }
    }
    return low;
  }

  Span span(int from, int to) {
    return new Span(start[from], end[to - 1]);
  }

  String text(int from, int to) {
    return text.substring(start[from], end[to - 1]);
  }

  boolean inQuote(int i) {
    return region[i] >= 0;
  }

  boolean isQuoteMark(int i) {
    return pos[i].equals("``") || pos[i].equals("''") || word[i].equals("\"") || word[i].equals("\u201c") || word[i].equals("\u201d");
  }

  boolean isVerb(int i) {
    return pos[i].startsWith("VB") || pos[i].equals("MD");
  }

  /** A finite verb: one that can have a subject of its own. */
  boolean isFiniteVerb(int i) {
    return pos[i].equals("VBD") || pos[i].equals("VBZ") || pos[i].equals("VBP") || pos[i].equals("MD");
  }

  boolean isNoun(int i) {
    return pos[i].startsWith("NN");
  }

  boolean isProperNoun(int i) {
    return pos[i].startsWith("NNP");
  }

  boolean isPronoun(int i) {
    return pos[i].equals("PRP");
  }

  boolean isAdverb(int i) {
    return pos[i].startsWith("RB");
  }

  boolean isComma(int i) {
    return word[i].equals(",");
  }

  /** Sentence-final or clause punctuation that ends a speaker phrase. */
  boolean isPunctuation(int i) {
    return !word[i].isEmpty() && !Character.isLetterOrDigit(word[i].charAt(0)) && !word[i].equals("&") && !word[i].equals("$");
  }

  /** A word that can be part of a noun phrase naming a speaker. */
  boolean isNounPhraseWord(int i) {
    String p = pos[i];
    return p.startsWith("NN") || p.equals("DT") || p.startsWith("JJ") || p.equals("PRP$") || p.equals("CD") || p.equals("POS")
        || p.equals("PRP") || p.equals("VBN") && i + 1 < size && isNoun(i + 1) || p.equals("HYPH")
        || word[i].equals("&") || word[i].equals("-") || word[i].equals(".") && i > 0 && isProperNoun(i - 1) && word[i - 1].length() <= 3;
  }

  /** True if the token's text ends a paragraph (a newline follows it before the next token). */
  boolean endsParagraph(int i) {
    return i + 1 >= size || paragraph[i + 1] != paragraph[i];
  }
}
