package dev.dossier.eval.coref;

import java.util.List;

/**
 * One ECB+ document: its tokens by sentence and its gold entity mentions.
 *
 * @param name the file name, such as {@code 1_10ecbplus.xml}; the topic is the number before the underscore
 * @param sentences the tokens of each sentence, in order
 * @param mentions the human-participant and location mentions, in file order
 */
public record EcbDocument(String name, List<List<String>> sentences, List<Mention> mentions) {

  public EcbDocument {
    sentences = sentences.stream().map(List::copyOf).toList();
    mentions = List.copyOf(mentions);
  }

  /** The topic number. */
  public String topic() {
    return name.substring(0, name.indexOf('_'));
  }

  /**
   * A gold mention.
   *
   * @param id the markable's {@code m_id}
   * @param type the ECB+ tag, such as {@code HUMAN_PART_PER} or {@code LOC_GEO}
   * @param sentence the sentence it lies in
   * @param firstToken its first token's index within the sentence
   * @param endToken one past its last token's index
   * @param chain the {@code CROSS_DOC_COREF} instance it belongs to, or {@code null} if it is in none
   * @param text its tokens joined by spaces
   */
  public record Mention(String id, String type, int sentence, int firstToken, int endToken, String chain, String text) {}
}
