package dev.dossier.nlp;

import dev.dossier.core.EntityType;
import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;

/**
 * Consistent repairs of the CRF's token labels. Each rule fixes a class of error, never a word.
 */
final class MentionRepair {

  private MentionRepair() {}

  static void repair(List<CoreLabel> tokens, List<EntityType> types) {
    joinHyphenCompounds(tokens, types);
    dropPunctuationEdges(tokens, types);
  }


  /**
   * The tokenizer splits hyphenated words, and the CRF then often types the two halves of one
   * name differently ("Asia" LOCATION + "-Pacific Economic Cooperation" ORGANIZATION). When a
   * hyphen touching both neighbours joins a run to a multi-word organisation or MISC name, the
   * whole compound takes the type of the right-hand part, which is the head of an English
   * compound. Pairs of names ("U.S.-Russia", "Russian-US relations") stay two names.
   */
  private static void joinHyphenCompounds(List<CoreLabel> tokens, List<EntityType> types) {
    for (int i = 1; i + 1 < tokens.size(); i++) {
      EntityType left = types.get(i - 1);
      EntityType right = types.get(i + 1);
      if (left == null || right == null || left == right || !"-".equals(tokens.get(i).word())) {
        continue;
      }
      boolean headedName =
          (right == EntityType.ORGANIZATION || right == EntityType.MISC) && i + 2 < tokens.size() && types.get(i + 2) == right;
      if (!headedName) {
        continue;
      }
      boolean touching =
          tokens.get(i - 1).endPosition() == tokens.get(i).beginPosition()
              && tokens.get(i).endPosition() == tokens.get(i + 1).beginPosition();
      if (!touching) {
        continue;
      }
      types.set(i, right);
      for (int j = i - 1; j >= 0 && types.get(j) == left; j--) {
        types.set(j, right);
      }
    }
  }

  /** A run never starts or ends on punctuation ("Pompeo ," or "- CIA"); hyphenated names keep inner dashes. */
  private static void dropPunctuationEdges(List<CoreLabel> tokens, List<EntityType> types) {
    for (int i = 0; i < types.size(); i++) {
      if (types.get(i) == null || !isPunctuation(tokens.get(i).word())) {
        continue;
      }
      boolean sameBefore = i > 0 && types.get(i - 1) == types.get(i);
      boolean sameAfter = i + 1 < types.size() && types.get(i + 1) == types.get(i);
      if (!(sameBefore && sameAfter)) {
        types.set(i, null);
      }
    }
  }

  private static boolean isPunctuation(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isLetterOrDigit(word.charAt(i))) {
        return false;
      }
    }
    return true;
  }
}
