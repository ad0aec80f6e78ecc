package dev.dossier.eval.quotes;

import java.util.List;

/**
 * One article of a PolNeAR-format file with the attributions of its first annotator.
 *
 * @param name the file name PolNeAR gives the article
 * @param line the line of the JSONL file it was read from, 1-based
 * @param text the article's text (title first), which every span points into
 * @param published its publication date as given, or {@code null}
 * @param annotator the annotator whose attributions these are
 * @param attributions that annotator's attributions, in file order
 */
public record PolnearArticle(String name, int line, String text, String published, String annotator, List<GoldAttribution> attributions) {

  public PolnearArticle {
    attributions = List.copyOf(attributions);
  }
}
