package dev.dossier.store;

/**
 * How an incoming article compares with what the store holds under the same id, decided by the
 * article's {@link dev.dossier.core.Article#contentHash() content hash}.
 */
public enum ArticleStatus {
  /** No article with this id is stored. */
  NEW,
  /** An article with this id and the same content hash is stored: committing it again changes nothing. */
  UNCHANGED,
  /**
   * An article with this id is stored with another content hash, or (as {@link Store#commit}
   * reports it) with layers written by other stage versions than the committed document's:
   * committing replaces it entirely.
   */
  CHANGED
}
