package dev.dossier.core;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * An article and its annotation layers: the one object that owns the cleaned text, as spaCy's
 * {@code Doc} does. Tokens, sentences, mentions, entities and dates are {@link Layer layers} whose
 * items point into {@link #text()} with half-open {@link Span spans}.
 *
 * <p>A {@code Doc} is immutable and thread-safe: a {@link Stage} returns a new {@code Doc} with its
 * layers added by {@link #with}. Each layer remembers its {@link Producer}, so a layer written by
 * an older version of a stage can be recognised and rebuilt.
 */
public final class Doc {

  private record Annotations(List<?> items, Producer producer) {}

  private final Article article;
  private final Map<Layer<?>, Annotations> layers;

  private Doc(Article article, Map<Layer<?>, Annotations> layers) {
    this.article = article;
    this.layers = layers;
  }

  /** A document with no annotation layers yet. */
  public static Doc of(Article article) {
    return new Doc(Objects.requireNonNull(article, "article"), Map.of());
  }

  public Article article() {
    return article;
  }

  /** The article's id. */
  public String id() {
    return article.id();
  }

  /** The cleaned text every span points into. */
  public String text() {
    return article.text();
  }

  public boolean has(Layer<?> layer) {
    return layers.containsKey(layer);
  }

  /** The layers present, in the order they were added. */
  public Set<Layer<?>> layers() {
    return Collections.unmodifiableSet(layers.keySet());
  }

  /**
   * The items of a layer, in text order.
   *
   * @throws IllegalStateException naming the layer and the document if the layer is absent: a
   *     stage that reads it should have declared it, and the pipeline would have refused to build
   */
  @SuppressWarnings("unchecked")
  public <T> List<T> get(Layer<T> layer) {
    Annotations annotations = layers.get(layer);
    if (annotations == null) {
      throw new IllegalStateException("document " + id() + " has no '" + layer + "' layer; present: " + layers.keySet());
    }
    return (List<T>) annotations.items();
  }

  /** The stage that wrote a layer, if the layer is present. */
  public Optional<Producer> producer(Layer<?> layer) {
    Annotations annotations = layers.get(layer);
    return annotations == null ? Optional.empty() : Optional.of(annotations.producer());
  }

  /**
   * A copy of this document with one layer set (replacing it if present).
   *
   * @throws IllegalArgumentException if an item is not of the layer's type, or if a
   *     {@link Spanned} item lies outside the text
   */
  public <T> Doc with(Layer<T> layer, List<? extends T> items, Producer producer) {
    Objects.requireNonNull(layer, "layer");
    Objects.requireNonNull(producer, "producer");
    List<T> copy = List.copyOf(items);
    int length = text().length();
    for (T item : copy) {
      if (!layer.itemType().isInstance(item)) {
        throw new IllegalArgumentException(producer + " put a " + item.getClass().getSimpleName() + " into layer '" + layer + "' of " + layer.itemType().getSimpleName());
      }
      if (item instanceof Spanned spanned && spanned.span().end() > length) {
        throw new IllegalArgumentException(
            producer + " wrote a '" + layer + "' span " + spanned.span() + " past the end of document " + id() + " (length " + length + ")");
      }
    }
    Map<Layer<?>, Annotations> next = new LinkedHashMap<>(layers);
    next.put(layer, new Annotations(copy, producer));
    return new Doc(article, Collections.unmodifiableMap(next));
  }

  /** A copy of this document without the given layer, so the stage that writes it can run again. */
  public Doc without(Layer<?> layer) {
    if (!layers.containsKey(layer)) {
      return this;
    }
    Map<Layer<?>, Annotations> next = new LinkedHashMap<>(layers);
    next.remove(layer);
    return new Doc(article, Collections.unmodifiableMap(next));
  }

  @Override
  public String toString() {
    return "Doc[" + id() + ", layers=" + layers.keySet() + "]";
  }
}
