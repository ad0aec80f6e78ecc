package dev.dossier.eval.ner;

/**
 * How a name went wrong. Every gold name that was not found exactly is {@link #WRONG_TYPE},
 * {@link #WRONG_SPAN} or {@link #MISSED}; every predicted name that overlaps no gold name is
 * {@link #SPURIOUS}.
 */
public enum ErrorKind {
  /** A predicted name covers exactly the gold name's tokens but has another type. */
  WRONG_TYPE,
  /** Predicted names overlap the gold name, but none covers exactly its tokens. */
  WRONG_SPAN,
  /** No predicted name touches the gold name. */
  MISSED,
  /** A predicted name touches no gold name. */
  SPURIOUS
}
