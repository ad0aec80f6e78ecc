package dev.dossier.core;

import java.util.Objects;

/**
 * The name and item type of one annotation layer of a {@link Doc}: tokens, sentences, mentions,
 * entities, dates, and later quotes and events. Stages declare the layers they read and write, and
 * {@link Pipeline} checks those declarations when it is built. The known layers are in
 * {@link Layers}.
 *
 * @param name unique lower-case name, used in messages and in the store
 * @param itemType the record type of the layer's items
 * @param <T> the item type
 */
public record Layer<T>(String name, Class<T> itemType) {

  public Layer {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(itemType, "itemType");
  }

  @Override
  public String toString() {
    return name;
  }
}
