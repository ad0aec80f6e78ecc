package dev.dossier.eval.conll;

import java.util.List;

/**
 * One sentence of a CoNLL file: its tokens and their gold named-entity tags.
 *
 * @param line the file line of the sentence's first token, for messages
 * @param words the tokens as written in the first column
 * @param tags the named-entity tags of the fourth column, one per token: {@code O}, {@code B-TYPE}
 *     or {@code I-TYPE}, in IOB1 or IOB2
 */
public record ConllSentence(int line, List<String> words, List<String> tags) {

  public ConllSentence {
    words = List.copyOf(words);
    tags = List.copyOf(tags);
    if (words.isEmpty() || words.size() != tags.size()) {
      throw new IllegalArgumentException(
          "a sentence needs one tag per token and at least one token; got " + words.size() + " tokens and " + tags.size() + " tags (line " + line + ")");
    }
  }

  public int size() {
    return words.size();
  }
}
