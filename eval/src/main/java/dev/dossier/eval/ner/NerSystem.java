package dev.dossier.eval.ner;

import dev.dossier.eval.conll.ConllDocument;
import java.util.List;

/**
 * A named-entity recogniser under evaluation, given the gold tokens of one CoNLL document at a
 * time. Implementations label with IO semantics: one type per token, so that a run of tokens with
 * one type is one name.
 */
interface NerSystem {

  /** A short name for tables and JSON, such as {@code dossier}. */
  String name();

  /** What exactly runs, in one line. */
  String description();

  /** Loads the models now, so that loading is neither timed with labelling nor left to chance. */
  void load();

  /**
   * Labels a document.
   *
   * @return per sentence, per token, the CoNLL type ({@code PER}, {@code ORG}, {@code LOC},
   *     {@code MISC}) or {@code null} outside names
   */
  List<List<String>> label(ConllDocument document);
}
