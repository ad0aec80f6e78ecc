package dev.dossier.nlp.parse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.nlp.CoreNlp;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.trees.TypedDependency;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The arc-standard configuration replayed along CoreNLP's own parses of real sentences (from the
 * Mueller report, public domain): the static oracle's transitions rebuild CoreNLP's tree, and at
 * every step the children the features read are the ones CoreNLP's scan of the sentence finds.
 */
class ConfigurationTest {

  private static final int LABELS = 41;
  private static final int SHIFT = 2 * LABELS;

  private static final String TEXT = "The Russian government interfered in the 2016 presidential election in sweeping and systematic fashion. "
      + "The Internet Research Agency carried out the earliest Russian interference operations identified by the investigation, "
      + "a social media campaign designed to provoke and amplify political and social discord in the United States.";

  @Test
  void canApply_initialConfiguration_onlyShift() {
    Configuration c = new Configuration(5);
    for (int t = 0; t < SHIFT; t++) {
      assertThat(c.canApply(t, LABELS)).as("transition %d", t).isFalse();
    }
    assertThat(c.canApply(SHIFT, LABELS)).isTrue();
  }

  @Test
  void canApply_rootAndOneWordWithEmptyBuffer_onlyRightArcWithRootLabel() {
    Configuration c = new Configuration(1);
    c.apply(SHIFT, LABELS);
    for (int t = 0; t <= SHIFT; t++) {
      assertThat(c.canApply(t, LABELS)).as("transition %d", t).isEqualTo(t == LABELS);
    }
    c.apply(LABELS, LABELS);
    assertThat(c.isTerminal()).isTrue();
    assertThat(c.heads()).containsExactly(0);
  }

  @Test
  void apply_oracleTransitionsOfCoreNlpParses_sameTreeAndChildrenAsAScan() {
    for (int[] gold : coreNlpHeads()) {
      int n = gold.length - 1;
      Configuration c = new Configuration(n);
      while (!c.isTerminal()) {
        assertChildrenAsScanned(c, n);
        int t = oracle(c, gold);
        assertThat(c.canApply(t, LABELS)).isTrue();
        c.apply(t, LABELS);
      }
      int[] heads = c.heads();
      for (int i = 1; i <= n; i++) {
        assertThat(heads[i - 1]).as("head of word %d", i).isEqualTo(gold[i]);
      }
    }
  }

  /** Arc-standard's static oracle (CoreNLP's {@code ArcStandard.getOracle}), with a dummy label: 1 for arcs, 0 (root) to the root. */
  private static int oracle(Configuration c, int[] gold) {
    int below = c.stack(1);
    int top = c.stack(0);
    if (below > 0 && gold[below] == top) {
      return 1;
    }
    if (below >= 0 && gold[top] == below && !hasUnattachedChild(c, top, gold)) {
      return below == 0 ? LABELS : LABELS + 1;
    }
    return SHIFT;
  }

  private static boolean hasUnattachedChild(Configuration c, int k, int[] gold) {
    for (int i = 1; i < gold.length; i++) {
      if (gold[i] == k && c.head(i) != k) {
        return true;
      }
    }
    return false;
  }

  /** CoreNLP's {@code Configuration.getLeftChild}/{@code getRightChild}: a scan for the cnt-th child. */
  private static void assertChildrenAsScanned(Configuration c, int n) {
    for (int k = 0; k <= n; k++) {
      for (int cnt = 1; cnt <= 2; cnt++) {
        int left = Configuration.NONE;
        for (int i = 1, seen = 0; i < k; i++) {
          if (c.head(i) == k && ++seen == cnt) {
            left = i;
            break;
          }
        }
        int right = Configuration.NONE;
        for (int i = n, seen = 0; i > k; i--) {
          if (c.head(i) == k && ++seen == cnt) {
            right = i;
            break;
          }
        }
        assertThat(c.leftChild(k, cnt)).as("left child %d of %d", cnt, k).isEqualTo(left);
        assertThat(c.rightChild(k, cnt)).as("right child %d of %d", cnt, k).isEqualTo(right);
      }
    }
  }

  /** CoreNLP's heads for the text's sentences, 1-based, index 0 unused. */
  private static List<int[]> coreNlpHeads() {
    List<int[]> parses = new ArrayList<>();
    for (List<CoreLabel> labels : TaggedSentences.of(List.of(TEXT))) {
      int[] heads = new int[labels.size() + 1];
      for (TypedDependency dependency : CoreNlp.coreNlpDependencyParser().predict(labels).typedDependencies()) {
        heads[dependency.dep().index()] = dependency.gov().index();
      }
      parses.add(heads);
    }
    return parses;
  }
}
