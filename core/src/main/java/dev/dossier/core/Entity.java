package dev.dossier.core;

import java.util.List;
import java.util.Objects;

/**
 * One real-world actor as named in an article: a canonical name (the fullest proper form found,
 * "Donald Trump" for "Trump"), its other names, and every mention of it.
 *
 * <p>The id depends only on the type and canonical name, so the same actor named the same way
 * carries the same id in every article; cross-document resolution in the engine refines this.
 *
 * @param id stable identifier such as {@code person:donald-trump}
 * @param name canonical name
 * @param type entity type
 * @param aliases the other surface forms used for it, without the canonical name, sorted
 * @param mentions its mentions in text order
 */
public record Entity(String id, String name, EntityType type, List<String> aliases, List<Mention> mentions) {

  public Entity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(type, "type");
    aliases = List.copyOf(aliases);
    mentions = List.copyOf(mentions);
  }
}
