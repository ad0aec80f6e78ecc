package dev.dossier.core;

/** An annotation anchored in the cleaned text. The pipeline checks every one lies inside it. */
public interface Spanned {

  Span span();
}
