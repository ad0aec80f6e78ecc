package dev.dossier.nlp.parse;

import java.util.Arrays;

/**
 * One sentence's state in the arc-standard transition system (Nivre 2004) as CoreNLP's
 * {@code nndep.Configuration} and {@code ArcStandard} define it: token 0 is the artificial root,
 * words are 1 to n; the parse starts with the root on the stack and every word in the buffer and
 * ends when the stack holds only the root and the buffer is empty. Transitions are numbered as in
 * CoreNLP's models: {@code L(label)} for each arc label, then {@code R(label)} for each, then
 * shift; the first label is the root's, which only the last right arc, from the root, may carry.
 *
 * <p>Children are kept incrementally: a left arc always attaches a dependent left of the head's
 * current left children, and a right arc one right of its right children, so the two outermost
 * children on each side are all the features need, where CoreNLP scans the sentence.
 *
 * <p>Not thread-safe: one per sentence being parsed.
 */
final class Configuration {

  /** CoreNLP's index for a position that does not exist. */
  static final int NONE = -1;

  private final int size;
  private final int[] stack;
  private int stackSize;
  private int bufferNext = 1;
  private final int[] head;
  private final int[] label;
  private final int[] leftmost;
  private final int[] secondLeftmost;
  private final int[] rightmost;
  private final int[] secondRightmost;

  /** @param size the number of words (not counting the root) */
  Configuration(int size) {
    this.size = size;
    stack = new int[size + 1];
    stack[stackSize++] = 0;
    head = new int[size + 1];
    label = new int[size + 1];
    leftmost = new int[size + 1];
    secondLeftmost = new int[size + 1];
    rightmost = new int[size + 1];
    secondRightmost = new int[size + 1];
    Arrays.fill(head, NONE);
    Arrays.fill(label, NONE);
    Arrays.fill(leftmost, NONE);
    Arrays.fill(secondLeftmost, NONE);
    Arrays.fill(rightmost, NONE);
    Arrays.fill(secondRightmost, NONE);
  }

  boolean isTerminal() {
    return stackSize == 1 && bufferSize() == 0;
  }

  int stackSize() {
    return stackSize;
  }

  int bufferSize() {
    return size - bufferNext + 1;
  }

  /** The k-th element from the top of the stack (0 = top), or {@link #NONE}. */
  int stack(int k) {
    return k >= 0 && k < stackSize ? stack[stackSize - 1 - k] : NONE;
  }

  /** The k-th element of the buffer (0 = next), or {@link #NONE}. */
  int buffer(int k) {
    int word = bufferNext + k;
    return k >= 0 && word <= size ? word : NONE;
  }

  /** The head of word {@code k}, 0 for the root, {@link #NONE} while unattached. */
  int head(int k) {
    return k > 0 && k <= size ? head[k] : NONE;
  }

  /** The arc label index (into the model's arc labels) of word {@code k}, or {@link #NONE}. */
  int label(int k) {
    return k > 0 && k <= size ? label[k] : NONE;
  }

  /** The leftmost ({@code which} 1) or second leftmost (2) child of {@code k} left of it, or {@link #NONE}. */
  int leftChild(int k, int which) {
    if (k < 0 || k > size) {
      return NONE;
    }
    return which == 1 ? leftmost[k] : secondLeftmost[k];
  }

  /** The rightmost ({@code which} 1) or second rightmost (2) child of {@code k} right of it, or {@link #NONE}. */
  int rightChild(int k, int which) {
    if (k < 0 || k > size) {
      return NONE;
    }
    return which == 1 ? rightmost[k] : secondRightmost[k];
  }

  /**
   * Whether transition {@code t} is legal now, as {@code ArcStandard.canApply} decides with a
   * single root.
   *
   * @param arcLabels the number of arc labels (transitions are {@code 2 * arcLabels + 1})
   */
  boolean canApply(int t, int arcLabels) {
    int buffered = bufferSize();
    if (t == 2 * arcLabels) {
      return buffered > 0;
    }
    boolean left = t < arcLabels;
    boolean rootLabel = (left ? t : t - arcLabels) == 0;
    int h = left ? stack(0) : stack(1);
    if (h < 0 || (h == 0) != rootLabel) {
      return false;
    }
    return left ? stackSize > 2 : stackSize > 2 || (stackSize == 2 && buffered == 0);
  }

  /** Applies transition {@code t}, which must be legal. */
  void apply(int t, int arcLabels) {
    if (t == 2 * arcLabels) {
      stack[stackSize++] = bufferNext++;
      return;
    }
    int top = stack[stackSize - 1];
    int below = stack[stackSize - 2];
    if (t < arcLabels) {
      attach(top, below, t);
      leftmostChild(top, below);
      stack[stackSize - 2] = top;
    } else {
      attach(below, top, t - arcLabels);
      rightmostChild(below, top);
    }
    stackSize--;
  }

  private void attach(int governor, int dependent, int arcLabel) {
    head[dependent] = governor;
    label[dependent] = arcLabel;
  }

  private void leftmostChild(int governor, int dependent) {
    secondLeftmost[governor] = leftmost[governor];
    leftmost[governor] = dependent;
  }

  private void rightmostChild(int governor, int dependent) {
    secondRightmost[governor] = rightmost[governor];
    rightmost[governor] = dependent;
  }

  /** Each word's head (index 1 to n; 0 = the root), after the parse. */
  int[] heads() {
    return Arrays.copyOfRange(head, 1, size + 1);
  }

  /** Each word's arc label index (index 1 to n), after the parse. */
  int[] labels() {
    return Arrays.copyOfRange(label, 1, size + 1);
  }
}
