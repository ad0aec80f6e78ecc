package dev.dossier.nlp;

import dev.dossier.core.Doc;
import dev.dossier.core.Layer;
import dev.dossier.core.Layers;
import dev.dossier.core.Stage;
import java.util.Set;

/**
 * Groups an article's mentions into entities with canonical names and aliases (see {@link
 * EntityGrouper}). Per article only: resolution across articles belongs to the engine.
 *
 * <p>Reads {@link Layers#MENTIONS}; writes {@link Layers#ENTITIES}. Thread-safe.
 */
public final class EntityStage implements Stage {

  private final EntityGrouper grouper = new EntityGrouper(Countries.instance());

  @Override
  public String name() {
    return "entities";
  }

  @Override
  public int version() {
    return 1;
  }

  @Override
  public Set<Layer<?>> reads() {
    return Set.of(Layers.MENTIONS);
  }

  @Override
  public Set<Layer<?>> writes() {
    return Set.of(Layers.ENTITIES);
  }

  @Override
  public Doc process(Doc doc) {
    return doc.with(Layers.ENTITIES, grouper.group(doc.get(Layers.MENTIONS)), producer());
  }
}
