package dev.dossier.core;

import java.util.Locale;

/** Why a passage of one article also stands in an earlier one. */
public enum ReuseKind {
  /** Prose taken from the earlier article, possibly spun, edited or moved. */
  COPIED,
  /**
   * A quotation that the earlier article reported too. Outlets quoting the same speaker is news
   * work, not copying, so a shared quote does not count towards an article's reuse ratio.
   */
  SHARED_QUOTE;

  /** The contract's name: {@code copied} or {@code shared_quote}. */
  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }
}
