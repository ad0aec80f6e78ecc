package dev.dossier.nlp.events;

import dev.dossier.core.Sentence;
import dev.dossier.core.Span;
import dev.dossier.core.Token;
import dev.dossier.nlp.CoreNlp;
import dev.dossier.nlp.parse.DependencyArcs;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * One sentence's basic Universal Dependencies parse, as flat arrays indexed by the token's position
 * in the sentence: its head, its relation to the head and its dependents, beside the words, tags
 * and lemmas the token stage made. Built once per sentence by {@link #parse}; read-only after.
 */
final class DependencyTree {

  final int size;
  /** The index of the sentence's first token in the document's token layer. */
  final int offset;
  final String[] word;
  final String[] lower;
  final String[] pos;
  final String[] lemma;
  final int[] start;
  final int[] end;
  /** The head's index, -1 for the root. */
  final int[] head;
  /** The relation to the head ({@code nsubj}, {@code obj}, {@code nmod:poss}), {@code root} for the root. */
  final String[] rel;
  private final int[][] children;

  private DependencyTree(List<Token> tokens, int offset, int[] head, String[] rel) {
    this.size = tokens.size();
    this.offset = offset;
    this.head = head;
    this.rel = rel;
    word = new String[size];
    lower = new String[size];
    pos = new String[size];
    lemma = new String[size];
    start = new int[size];
    end = new int[size];
    for (int i = 0; i < size; i++) {
      Token token = tokens.get(i);
      word[i] = token.word();
      lower[i] = token.word().toLowerCase(Locale.ROOT);
      pos[i] = token.pos() == null ? "" : token.pos();
      lemma[i] = token.lemma() == null ? lower[i] : token.lemma().toLowerCase(Locale.ROOT);
      start[i] = token.span().start();
      end[i] = token.span().end();
    }
    int[] counts = new int[size];
    for (int i = 0; i < size; i++) {
      if (head[i] >= 0) {
        counts[head[i]]++;
      }
    }
    children = new int[size][];
    for (int i = 0; i < size; i++) {
      children[i] = new int[counts[i]];
    }
    Arrays.fill(counts, 0);
    for (int i = 0; i < size; i++) {
      if (head[i] >= 0) {
        children[head[i]][counts[head[i]]++] = i;
      }
    }
  }

  /** Parses one sentence of the document's tokens, which must carry part-of-speech tags. */
  static DependencyTree parse(List<Token> documentTokens, Sentence sentence) {
    List<Token> tokens = documentTokens.subList(sentence.firstToken(), sentence.endToken());
    DependencyArcs arcs = DependencyArcs.parse(CoreNlp.dependencyParser(), tokens.stream().map(Token::word).toList(),
        tokens.stream().map(Token::pos).toList());
    int[] head = arcs.head();
    String[] rel = arcs.rel();
    repairReducedRelatives(tokens, head, rel);
    return new DependencyTree(tokens, sentence.firstToken(), head, rel);
  }

  /**
   * The parser often reads a verb, its object and a participle after it ("prevented the
   * demonstration staged by students", "return weapons seized last year") as a clause whose
   * subject is the object; a participle with no auxiliary of its own is a reduced relative, so its
   * "subject" is put back as the verb's object and the participle made to modify it.
   */
  private static void repairReducedRelatives(List<Token> tokens, int[] head, String[] rel) {
    for (int c = 0; c < head.length; c++) {
      String tag = tokens.get(c).pos() == null ? "" : tokens.get(c).pos();
      int verb = head[c];
      if (!(rel[c].equals("dep") || rel[c].equals("ccomp") || rel[c].equals("parataxis")) || !(tag.equals("VBN") || tag.equals("VBG")) || verb < 0) {
        continue;
      }
      String verbTag = tokens.get(verb).pos() == null ? "" : tokens.get(verb).pos();
      int subject = -1;
      boolean auxiliary = false;
      boolean hasObject = false;
      for (int d = 0; d < head.length; d++) {
        if (head[d] == c && rel[d].equals("nsubj")) {
          subject = d;
        }
        if (head[d] == c && (rel[d].startsWith("aux") || rel[d].equals("cop") || rel[d].equals("mark"))) {
          auxiliary = true;
        }
        if (head[d] == verb && rel[d].equals("obj")) {
          hasObject = true;
        }
      }
      if (!verbTag.startsWith("VB") || auxiliary || hasObject || subject < 0 || !(verb < subject && subject < c)) {
        continue;
      }
      head[subject] = verb;
      rel[subject] = "obj";
      head[c] = subject;
      rel[c] = "acl";
    }
  }

  int[] children(int i) {
    return children[i];
  }

  /** The first dependent of {@code i} whose relation is {@code relation} or a subtype of it ({@code nmod} matches {@code nmod:poss}), or -1. */
  int child(int i, String relation) {
    for (int c : children[i]) {
      if (is(c, relation)) {
        return c;
      }
    }
    return -1;
  }

  /** The dependents of {@code i} by a relation or its subtypes. */
  List<Integer> childrenBy(int i, String relation) {
    List<Integer> found = new ArrayList<>(2);
    for (int c : children[i]) {
      if (is(c, relation)) {
        found.add(c);
      }
    }
    return found;
  }

  /** True if token {@code i} depends on its head by {@code relation} or one of its subtypes. */
  boolean is(int i, String relation) {
    String r = rel[i];
    return r.equals(relation) || r.length() > relation.length() && r.startsWith(relation) && r.charAt(relation.length()) == ':';
  }

  /** The lemma of the preposition or case marker of a nominal ("with" for "with Gondor"), or "" if none. */
  String caseOf(int i) {
    for (int c : children[i]) {
      if (rel[c].equals("case") && !pos[c].equals("POS")) {
        return lemma[c];
      }
    }
    return "";
  }

  /** True if a verb is passive: it has a passive subject or auxiliary. */
  boolean isPassive(int i) {
    for (int c : children[i]) {
      if (rel[c].equals("nsubj:pass") || rel[c].equals("aux:pass")) {
        return true;
      }
    }
    return false;
  }

  /** The conjuncts joined to {@code i} ("Iran" and "Turkey" for "Iran and Turkey"), without {@code i} itself. */
  List<Integer> conjuncts(int i) {
    List<Integer> found = new ArrayList<>();
    for (int c : children[i]) {
      if (rel[c].equals("conj")) {
        found.add(c);
      }
    }
    return found;
  }

  /** True if {@code ancestor} dominates {@code i} (or is it). */
  boolean dominates(int ancestor, int i) {
    for (int at = i, steps = 0; at >= 0 && steps <= size; at = head[at], steps++) {
      if (at == ancestor) {
        return true;
      }
    }
    return false;
  }

  /** How many arcs lie between two tokens through their lowest common ancestor. */
  int distance(int a, int b) {
    int[] depthA = new int[size];
    Arrays.fill(depthA, -1);
    int d = 0;
    for (int at = a; at >= 0 && d <= size; at = head[at], d++) {
      depthA[at] = d;
    }
    d = 0;
    for (int at = b; at >= 0 && d <= size; at = head[at], d++) {
      if (depthA[at] >= 0) {
        return depthA[at] + d;
      }
    }
    return Integer.MAX_VALUE / 2;
  }

  boolean isVerb(int i) {
    return pos[i].startsWith("VB");
  }

  boolean isNoun(int i) {
    return pos[i].startsWith("NN");
  }

  boolean isProperNoun(int i) {
    return pos[i].startsWith("NNP");
  }

  boolean isAdjective(int i) {
    return pos[i].startsWith("JJ");
  }

  boolean isPronoun(int i) {
    return pos[i].equals("PRP");
  }

  Span span(int from, int to) {
    return new Span(start[from], end[to]);
  }

  /** How deep a token lies: 0 for the root. */
  int depth(int i) {
    int depth = 0;
    for (int at = head[i]; at >= 0 && depth <= size; at = head[at]) {
      depth++;
    }
    return depth;
  }
}
