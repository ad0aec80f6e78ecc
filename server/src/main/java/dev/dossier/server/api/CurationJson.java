package dev.dossier.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.store.CurationEntry;
import java.util.List;

/** The JSON of analysts' corrections: one entry of the audit log, the log, and a correction's result. */
public final class CurationJson {

  private CurationJson() {}

  /**
   * One correction. {@code entity} is the entity it was made to (the one kept, for a merge);
   * {@code argument} the merged entity, the name split off or given, or the new type; {@code
   * target} the new entity's id for a split, else empty.
   */
  public static ObjectNode entry(CurationEntry entry) {
    return ApiJson.mapper().createObjectNode()
        .put("seq", entry.seq())
        .put("action", entry.action())
        .put("entity", entry.entityId())
        .put("argument", entry.argument())
        .put("target", entry.target())
        .put("who", entry.who())
        .put("at", entry.at().toString())
        .put("why", entry.why());
  }

  public static ObjectNode log(List<CurationEntry> entries) {
    ObjectNode json = ApiJson.mapper().createObjectNode();
    ArrayNode list = json.putArray("curations");
    entries.forEach(entry -> list.add(entry(entry)));
    return json;
  }

  /** The stored correction and the entity it leaves (kept, renamed, retyped or split off), or {@code null} after a delete. */
  public static ObjectNode result(CurationEntry entry, ObjectNode entity) {
    ObjectNode json = ApiJson.mapper().createObjectNode();
    json.set("curation", entry(entry));
    if (entity == null) {
      json.putNull("entity");
    } else {
      json.set("entity", entity);
    }
    return json;
  }
}
