package dev.dossier.resolve;

import dev.dossier.core.Entity;
import dev.dossier.core.EntityType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The analysts' corrections as rules applied after automatic resolution, in the order they were
 * made, so that a correction holds for articles ingested after it and survives a rebuild:
 *
 * <ul>
 *   <li>split X by name N into Y: an entity of an article that resolved to X and uses the name N
 *       resolves to Y instead;
 *   <li>merge A B: whatever resolved to B resolves to A (chains are followed);
 *   <li>delete X: whatever resolves to X is linked with method {@link #DELETED}, and is left out of
 *       every listing and output;
 *   <li>rename and retype: X keeps its id and takes the given name or type.
 * </ul>
 *
 * Immutable and thread-safe.
 */
public final class CurationRules {

  /** The link method of an entity whose resolved entity was deleted. */
  public static final String DELETED = dev.dossier.core.EntityLink.DELETED;

  /** No corrections. */
  public static final CurationRules NONE = new CurationRules(List.of());

  private record Split(String from, String nameKey, String to) {}

  private final List<Curation> log;
  private final Map<String, String> mergedInto = new HashMap<>();
  private final List<Split> splits = new ArrayList<>();
  private final Set<String> deleted = new HashSet<>();
  private final Map<String, String> names = new HashMap<>();
  private final Map<String, EntityType> types = new HashMap<>();

  public CurationRules(List<Curation> log) {
    this.log = List.copyOf(log);
    for (Curation curation : this.log) {
      switch (curation.action()) {
        case "merge" -> {
          mergedInto.put(curation.argument(), curation.entityId());
          deleted.remove(curation.entityId());
        }
        case "split" -> {
          splits.add(new Split(curation.entityId(), NameForms.fold(curation.argument()), curation.target()));
          names.putIfAbsent(curation.target(), curation.argument());
        }
        case "delete" -> deleted.add(curation.entityId());
        case "rename" -> names.put(curation.entityId(), curation.argument());
        case "retype" -> types.put(curation.entityId(), EntityType.parse(curation.argument()));
        default -> throw new IllegalArgumentException("unknown curation action '" + curation.action() + "' (#" + curation.seq() + ")");
      }
    }
  }

  /** The corrections, oldest first. */
  public List<Curation> log() {
    return log;
  }

  public boolean isEmpty() {
    return log.isEmpty();
  }

  /**
   * Where an in-article entity that automatic resolution sent to {@code resolvedId} belongs once
   * the corrections are applied.
   */
  public String apply(String resolvedId, Entity local) {
    String id = resolvedId;
    for (int guard = 0; guard < 64; guard++) {
      String next = id;
      for (Split split : splits) {
        if (split.from().equals(next) && usesName(local, split.nameKey())) {
          next = split.to();
        }
      }
      next = mergedInto.getOrDefault(next, next);
      if (next.equals(id)) {
        return id;
      }
      id = next;
    }
    return id;
  }

  private static boolean usesName(Entity local, String nameKey) {
    if (NameForms.fold(local.name()).equals(nameKey)) {
      return true;
    }
    for (String alias : local.aliases()) {
      if (NameForms.fold(alias).equals(nameKey)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where a resolved id stored before the corrections now belongs: the entity it was merged into,
   * following chains, or itself. Splits are not followed, since they depend on the name an article
   * used.
   */
  public String mergedTarget(String resolvedId) {
    String id = resolvedId;
    for (int guard = 0; guard < 64 && mergedInto.containsKey(id); guard++) {
      id = mergedInto.get(id);
    }
    return id;
  }

  public boolean isDeleted(String resolvedId) {
    return deleted.contains(resolvedId);
  }

  /** The name an analyst gave the entity, if any. */
  public Optional<String> name(String resolvedId) {
    return Optional.ofNullable(names.get(resolvedId));
  }

  /** The type an analyst gave the entity, if any. */
  public Optional<EntityType> type(String resolvedId) {
    return Optional.ofNullable(types.get(resolvedId));
  }

  /**
   * Applies the corrections to links made earlier: what {@link Resolver} would make of them now.
   * Links already corrected stay as they are (the rules are idempotent).
   *
   * @param locals the article's own entities, by id
   * @param names the canonical name, type and knowledge-base id the corpus knows for an id
   */
  public List<dev.dossier.core.EntityLink> relink(
      List<dev.dossier.core.EntityLink> links, Map<String, Entity> locals, java.util.function.Function<String, Optional<EntityMemory.Known>> names) {
    List<dev.dossier.core.EntityLink> relinked = new ArrayList<>();
    for (dev.dossier.core.EntityLink link : links) {
      Entity local = locals.get(link.entityId());
      String id = local == null ? link.resolvedId() : apply(link.resolvedId(), local);
      String name = link.name();
      EntityType type = link.type();
      String kbId = link.kbId();
      String method = link.method().equals(DELETED) ? "curated" : link.method();
      double score = link.score();
      if (!id.equals(link.resolvedId())) {
        Optional<EntityMemory.Known> known = names.apply(id);
        name = known.map(EntityMemory.Known::name).orElse(name);
        kbId = known.map(EntityMemory.Known::kbId).orElse(kbId);
        method = "curated";
        score = 1.0;
      }
      name = name(id).orElse(name);
      type = type(id).orElse(type);
      if (isDeleted(id)) {
        method = DELETED;
      }
      relinked.add(new dev.dossier.core.EntityLink(link.entityId(), id, name, type, kbId, method, score));
    }
    return relinked;
  }
}
