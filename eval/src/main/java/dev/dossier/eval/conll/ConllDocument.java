package dev.dossier.eval.conll;

import java.util.List;

/**
 * One document of a CoNLL file: the sentences between two {@code -DOCSTART-} lines.
 *
 * @param index the document's position in the file, from 0
 * @param line the file line where the document starts, for messages
 * @param sentences its sentences, never empty
 */
public record ConllDocument(int index, int line, List<ConllSentence> sentences) {

  public ConllDocument {
    sentences = List.copyOf(sentences);
    if (sentences.isEmpty()) {
      throw new IllegalArgumentException("document " + index + " (line " + line + ") has no sentences");
    }
  }

  /** The number of tokens over all sentences. */
  public int tokenCount() {
    int count = 0;
    for (ConllSentence sentence : sentences) {
      count += sentence.size();
    }
    return count;
  }
}
