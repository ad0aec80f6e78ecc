package dev.dossier.engine;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.core.EntityType;
import dev.dossier.resolve.kb.KbEntity;
import dev.dossier.resolve.kb.KnowledgeBase;
import dev.dossier.store.EntityProfile;
import dev.dossier.store.EntityState;
import dev.dossier.store.SanctionsRow;
import dev.dossier.store.Store;
import java.io.IOException;
import java.io.Writer;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Writes the resolved entities and how they relate in exchange formats:
 *
 * <ul>
 *   <li>{@link Format#GRAPHML}: a graph for Gephi and yEd; a node per entity (name, type, articles,
 *       mentions, knowledge-base id, sanctioned), an edge per pair of entities named in the same
 *       articles (weight: how many), and knowledge-base relations (capital of, country).
 *   <li>{@link Format#FTM}: FollowTheMoney entities as JSON lines, for Aleph and OpenSanctions
 *       tooling: {@code Person}, {@code Organization}, {@code Address} for places, {@code
 *       UnknownLink} for co-mentions and {@code Sanction} for sanctions hits.
 *   <li>{@link Format#CSV}: one row per entity; {@link Format#CSV_EDGES} one row per co-mention pair.
 * </ul>
 */
public final class Exporter {

  /** The export formats. */
  public enum Format {
    GRAPHML,
    FTM,
    CSV,
    CSV_EDGES;

    /** Parses {@code graphml}, {@code ftm}, {@code csv} or {@code csv-edges}. */
    public static Format parse(String name) {
      return switch (name.toLowerCase(Locale.ROOT)) {
        case "graphml" -> GRAPHML;
        case "ftm" -> FTM;
        case "csv" -> CSV;
        case "csv-edges" -> CSV_EDGES;
        default -> throw new IllegalArgumentException("unknown export format '" + name + "': expected graphml, ftm, csv or csv-edges");
      };
    }
  }

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private final Store store;

  Exporter(Store store) {
    this.store = store;
  }

  void write(Format format, Writer out) throws IOException {
    List<EntityState> entities = store.resolved().entityStates();
    Map<String, List<SanctionsRow>> sanctions = new HashMap<>();
    for (SanctionsRow row : store.resolved().sanctions(null)) {
      sanctions.computeIfAbsent(row.entityId(), k -> new java.util.ArrayList<>()).add(row);
    }
    switch (format) {
      case GRAPHML -> graphml(entities, sanctions, out);
      case FTM -> ftm(entities, sanctions, out);
      case CSV -> csv(entities, sanctions, out);
      case CSV_EDGES -> edges(out);
    }
    out.flush();
  }

  private void graphml(List<EntityState> entities, Map<String, List<SanctionsRow>> sanctions, Writer out) throws IOException {
    out.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.write("<graphml xmlns=\"http://graphml.graphdrawing.org/xmlns\">\n");
    String[][] keys = {
      {"label", "node", "string"}, {"type", "node", "string"}, {"kb", "node", "string"}, {"articles", "node", "int"}, {"mentions", "node", "int"},
      {"sanctioned", "node", "boolean"}, {"relation", "edge", "string"}, {"weight", "edge", "int"}
    };
    for (String[] key : keys) {
      out.write("  <key id=\"" + key[0] + "\" for=\"" + key[1] + "\" attr.name=\"" + key[0] + "\" attr.type=\"" + key[2] + "\"/>\n");
    }
    out.write("  <graph id=\"dossier\" edgedefault=\"undirected\">\n");
    Map<String, Boolean> present = new LinkedHashMap<>();
    for (EntityState entity : entities) {
      present.put(entity.id(), true);
      out.write("    <node id=\"" + xml(entity.id()) + "\">");
      data(out, "label", entity.name());
      data(out, "type", entity.type().name());
      if (entity.kbId() != null) {
        data(out, "kb", entity.kbId());
      }
      data(out, "articles", Integer.toString(entity.articles()));
      data(out, "mentions", Integer.toString(entity.mentions()));
      data(out, "sanctioned", Boolean.toString(sanctions.containsKey(entity.id())));
      out.write("</node>\n");
    }
    int edge = 0;
    for (String[] pair : store.resolved().coMentionEdges()) {
      out.write("    <edge id=\"e" + edge++ + "\" source=\"" + xml(pair[0]) + "\" target=\"" + xml(pair[1]) + "\">");
      data(out, "relation", "co-mentioned");
      data(out, "weight", pair[2]);
      out.write("</edge>\n");
    }
    for (EntityState entity : entities) {
      Optional<KbEntity> entry = KnowledgeBase.instance().byResolvedId(entity.id());
      Optional<KbEntity> country = entry.flatMap(e -> KnowledgeBase.instance().country(e.country()));
      if (entry.isPresent() && country.isPresent() && !entry.get().kind().equals("country") && present.containsKey(country.get().resolvedId())) {
        out.write("    <edge id=\"e" + edge++ + "\" source=\"" + xml(entity.id()) + "\" target=\"" + xml(country.get().resolvedId()) + "\">");
        data(out, "relation", entry.get().kind().equals("capital") ? "capital of" : entry.get().kind().equals("person") ? "nationality" : "country");
        out.write("</edge>\n");
      }
    }
    out.write("  </graph>\n</graphml>\n");
  }

  private static void data(Writer out, String key, String value) throws IOException {
    out.write("<data key=\"" + key + "\">" + xml(value) + "</data>");
  }

  private static String xml(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;");
  }

  private void ftm(List<EntityState> entities, Map<String, List<SanctionsRow>> sanctions, Writer out) throws IOException {
    for (EntityState entity : entities) {
      String schema = switch (entity.type()) {
        case PERSON -> "Person";
        case ORGANIZATION -> "Organization";
        case LOCATION -> "Address";
        case MISC -> null;
      };
      if (schema == null) {
        continue;
      }
      ObjectNode node = MAPPER.createObjectNode();
      node.put("id", ftmId(entity.id())).put("schema", schema);
      ObjectNode properties = node.putObject("properties");
      properties.putArray(schema.equals("Address") ? "full" : "name").add(entity.name());
      List<EntityProfile> profile = store.entity(entity.id());
      if (!profile.isEmpty() && !profile.getFirst().aliases().isEmpty() && !schema.equals("Address")) {
        ArrayNode aliases = properties.putArray("alias");
        profile.getFirst().aliases().forEach(aliases::add);
      }
      Optional<KbEntity> entry = KnowledgeBase.instance().byResolvedId(entity.id());
      if (entry.isPresent() && entry.get().qid() != null) {
        properties.putArray("wikidataId").add(entry.get().qid());
      }
      if (entry.isPresent() && !entry.get().country().isEmpty()) {
        properties.putArray(entity.type() == EntityType.PERSON ? "nationality" : "country").add(entry.get().country().toLowerCase(Locale.ROOT));
      }
      out.write(node.toString());
      out.write('\n');
      int n = 0;
      for (SanctionsRow row : sanctions.getOrDefault(entity.id(), List.of())) {
        ObjectNode sanction = MAPPER.createObjectNode();
        sanction.put("id", ftmId(entity.id()) + "-sanction-" + row.hit().entry() + "-" + n++).put("schema", "Sanction");
        ObjectNode props = sanction.putObject("properties");
        props.putArray("entity").add(ftmId(entity.id()));
        props.putArray("authority").add("US Treasury OFAC (" + row.hit().list() + ")");
        ArrayNode programs = props.putArray("program");
        row.hit().programs().forEach(programs::add);
        props.putArray("summary").add("entry " + row.hit().entry() + " " + row.hit().name() + ", score " + row.hit().score() + "; evidence: " + row.hit().evidence());
        out.write(sanction.toString());
        out.write('\n');
      }
    }
    int n = 0;
    for (String[] pair : store.resolved().coMentionEdges()) {
      ObjectNode link = MAPPER.createObjectNode();
      link.put("id", "dossier-comention-" + n++).put("schema", "UnknownLink");
      ObjectNode props = link.putObject("properties");
      props.putArray("subject").add(ftmId(pair[0]));
      props.putArray("object").add(ftmId(pair[1]));
      props.putArray("role").add("co-mentioned in " + pair[2] + " articles");
      out.write(link.toString());
      out.write('\n');
    }
  }

  private static String ftmId(String id) {
    return "dossier-" + id.replace(':', '-');
  }

  private void csv(List<EntityState> entities, Map<String, List<SanctionsRow>> sanctions, Writer out) throws IOException {
    out.write("id,name,type,kb_id,articles,mentions,first_seen,last_seen,aliases,sanctions\n");
    for (EntityState entity : entities) {
      List<EntityProfile> profile = store.entity(entity.id());
      String aliases = profile.isEmpty() ? "" : String.join("|", profile.getFirst().aliases());
      String hits = String.join("|", sanctions.getOrDefault(entity.id(), List.of()).stream().map(r -> r.hit().entry()).distinct().toList());
      out.write(String.join(",", cell(entity.id()), cell(entity.name()), entity.type().name(), cell(entity.kbId()), Integer.toString(entity.articles()),
          Integer.toString(entity.mentions()), cell(entity.firstSeen() == null ? null : entity.firstSeen().toString()),
          cell(entity.lastSeen() == null ? null : entity.lastSeen().toString()), cell(aliases), cell(hits)));
      out.write('\n');
    }
  }

  private void edges(Writer out) throws IOException {
    out.write("source,target,shared_articles\n");
    for (String[] pair : store.resolved().coMentionEdges()) {
      out.write(cell(pair[0]) + "," + cell(pair[1]) + "," + pair[2] + "\n");
    }
  }

  /** A CSV cell, quoted when it holds a comma, quote or line break (RFC 4180). */
  static String cell(String value) {
    if (value == null) {
      return "";
    }
    if (value.contains(",") || value.contains("\"") || value.contains("\n")) {
      return "\"" + value.replace("\"", "\"\"") + "\"";
    }
    return value;
  }
}
