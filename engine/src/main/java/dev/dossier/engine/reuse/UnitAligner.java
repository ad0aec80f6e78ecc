package dev.dossier.engine.reuse;

import dev.dossier.core.Spin;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Aligns a unit with a candidate source unit and decides whether it is a copy.
 *
 * <p>The terms are aligned in order (a longest common subsequence of keys), and then, inside each
 * gap the alignment leaves, a term is paired with a source term WordNet calls its synonym: that
 * pair is a spin. The similarity is the Dice coefficient of the aligned terms, {@code 2 * aligned /
 * (terms + source terms)}, so a dropped or added word costs a little and a sentence that says
 * something else shares too few words to pass. A unit is a copy at {@link #THRESHOLD} and with at
 * least {@link UnitSplitter#MIN_TERMS} aligned terms.
 *
 * <p>Reordering inside a sentence is not followed (spinners replace words; they rarely move them);
 * sentence order does not matter, as every sentence is its own unit. Thread-safe.
 */
public final class UnitAligner {

  /** The least Dice similarity of a copy. */
  public static final double THRESHOLD = 0.7;

  /**
   * The outcome of one alignment.
   *
   * @param aligned terms aligned, exactly or as synonyms
   * @param similarity the Dice coefficient
   * @param spins the unit's terms that stand where the source has another word of the same
   *     meaning, with positions when the unit's terms have them
   */
  public record Alignment(int aligned, double similarity, List<Spin> spins) {

    public boolean isCopy() {
      return similarity >= THRESHOLD && aligned >= UnitSplitter.MIN_TERMS;
    }
  }

  private final Thesaurus thesaurus;

  public UnitAligner(Thesaurus thesaurus) {
    this.thesaurus = thesaurus;
  }

  public Alignment align(List<Term> unit, List<Term> source) {
    int n = unit.size();
    int m = source.size();
    if (n == 0 || m == 0) {
      return new Alignment(0, 0, List.of());
    }
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = unit.get(i).key().equals(source.get(j).key()) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<Spin> spins = new ArrayList<>();
    int aligned = 0;
    int i = 0;
    int j = 0;
    int gapI = 0;
    int gapJ = 0;
    while (i < n && j < m) {
      if (unit.get(i).key().equals(source.get(j).key())) {
        aligned += synonymsInGap(unit, gapI, i, source, gapJ, j, spins);
        Term term = unit.get(i);
        Term original = source.get(j);
        if (isRenaming(term, original)) {
          addSpin(term, original, spins);
        }
        aligned++;
        i++;
        j++;
        gapI = i;
        gapJ = j;
      } else if (lcs[i + 1][j] >= lcs[i][j + 1]) {
        i++;
      } else {
        j++;
      }
    }
    aligned += synonymsInGap(unit, gapI, n, source, gapJ, m, spins);
    return new Alignment(aligned, 2.0 * aligned / (n + m), spins);
  }

  /** Pairs terms of the two gaps that are synonyms, in order, and counts the pairs. */
  private int synonymsInGap(List<Term> unit, int fromI, int toI, List<Term> source, int fromJ, int toJ, List<Spin> spins) {
    int pairs = 0;
    int next = fromJ;
    for (int i = fromI; i < toI && next < toJ; i++) {
      Term term = unit.get(i);
      for (int j = next; j < toJ; j++) {
        Term original = source.get(j);
        if (thesaurus.synonyms(term.word().toLowerCase(Locale.ROOT), original.word().toLowerCase(Locale.ROOT))
            || thesaurus.synonyms(term.key(), original.key())) {
          addSpin(term, original, spins);
          pairs++;
          next = j + 1;
          break;
        }
      }
    }
    return pairs;
  }

  /**
   * True if two terms with one key are different names for one thing ("Russian Federation" for
   * "Russia"), not the same word inflected ("shares" for "share").
   */
  private boolean isRenaming(Term term, Term original) {
    String a = term.word().toLowerCase(Locale.ROOT);
    String b = original.word().toLowerCase(Locale.ROOT);
    if (a.equals(b) || a.replace(".", "").equals(b.replace(".", ""))) {
      return false;
    }
    List<String> left = thesaurus.lemmas(a);
    List<String> right = thesaurus.lemmas(b);
    return left.stream().noneMatch(right::contains) && !left.isEmpty() && !right.isEmpty();
  }

  private static void addSpin(Term term, Term original, List<Spin> spins) {
    if (term.span() != null) {
      spins.add(new Spin(term.span(), term.word(), original.word()));
    }
  }
}
