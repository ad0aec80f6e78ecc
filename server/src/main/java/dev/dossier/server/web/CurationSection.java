package dev.dossier.server.web;

import dev.dossier.core.EntityType;
import dev.dossier.engine.Engine;
import dev.dossier.server.api.CurationRoutes;
import dev.dossier.server.html.Html;
import dev.dossier.server.html.Urls;
import dev.dossier.store.CurationEntry;
import dev.dossier.store.EntityProfile;
import dev.dossier.store.EntitySummary;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * The dossier's corrections: a form for each (merge another entity into this one, split off a
 * name, rename, retype, delete), each posting to {@code /entities/{id}/ACTION} with the access
 * token in a field, as the ingest form does, and the corrections already made to the entity.
 * Corrections are logged with who and why and replayed on every later ingest and rebuild.
 */
final class CurationSection implements EntitySection {

  /** How many same-type entities sharing a name word the merge form suggests. */
  static final int CANDIDATES = 12;

  private final Engine engine;
  private final String tokenFile;

  CurationSection(Engine engine, String tokenFile) {
    this.engine = engine;
    this.tokenFile = tokenFile;
  }

  @Override
  public String title() {
    return "Correct";
  }

  @Override
  public boolean appliesTo(EntityProfile entity) {
    return true;
  }

  @Override
  public void render(EntityProfile entity, Html html) {
    html.element("p", "Corrections apply to every stored article at once, are logged with who made them and why, and are replayed on every later "
        + "ingest and rebuild. They need the access token (printed when the server started; also in " + tokenFile + ").", "class", "muted");
    String action = "/entities/" + Urls.segment(entity.id()) + "/";

    form(html, action, CurationRoutes.Action.MERGE, "Merge another entity into this one", "Merge", () -> {
      html.element("label", "Entity to merge into " + entity.name() + " (id or name)", "for", "merge-other");
      html.empty("input", "type", "text", "id", "merge-other", "name", "other", "required", "", "list", "merge-candidates", "autocomplete", "off");
      html.open("datalist", "id", "merge-candidates");
      for (EntitySummary candidate : candidates(entity)) {
        html.element("option", candidate.name() + " (" + Format.number(candidate.articles()) + " articles)", "value", candidate.id());
      }
      html.close("datalist");
    });
    List<String> names = new ArrayList<>(new LinkedHashSet<>(concat(entity.name(), entity.aliases())));
    if (names.size() > 1) {
      form(html, action, CurationRoutes.Action.SPLIT, "Split off the mentions by one name", "Split off", () -> {
        html.element("label", "Mentions called", "for", "split-name");
        html.open("select", "id", "split-name", "name", "name", "required", "");
        for (String name : names) {
          html.element("option", name, "value", name);
        }
        html.close("select");
      });
    }
    form(html, action, CurationRoutes.Action.RENAME, "Rename", "Rename", () -> {
      html.element("label", "Canonical name", "for", "rename-name");
      html.empty("input", "type", "text", "id", "rename-name", "name", "name", "required", "", "value", entity.name(), "maxlength", "500");
    });
    form(html, action, CurationRoutes.Action.RETYPE, "Change the type", "Retype", () -> {
      html.element("label", "Type", "for", "retype-type");
      html.open("select", "id", "retype-type", "name", "type", "required", "");
      for (EntityType type : EntityType.values()) {
        html.element("option", Format.typeLabel(type), "value", type.name(), "selected", type == entity.type() ? "" : null);
      }
      html.close("select");
    });
    form(html, action, CurationRoutes.Action.DELETE, "Delete (a recognition error)", "Delete", () ->
        html.element("p", "It leaves every listing and output, now and in later ingests.", "class", "hint muted"));

    List<CurationEntry> history = engine.curations().stream().filter(entry -> concerns(entry, entity.id())).toList();
    if (!history.isEmpty()) {
      html.element("h3", "Corrections made");
      CurationsPage.log(html, history);
    }
    html.element("a", "The whole audit log →", "href", "/curations");
  }

  private void form(Html html, String action, CurationRoutes.Action kind, String summary, String button, Runnable fields) {
    String id = kind.path();
    html.open("details", "class", "curation", "id", "correct-" + id);
    html.element("summary", summary);
    html.open("form", "class", "curation-form", "action", action + id, "method", "post");
    fields.run();
    html.element("label", "Your name", "for", id + "-who");
    html.empty("input", "type", "text", "id", id + "-who", "name", "who", "required", "", "maxlength", "200", "autocomplete", "name");
    html.element("label", "Why", "for", id + "-why");
    html.empty("input", "type", "text", "id", id + "-why", "name", "why", "maxlength", "2000");
    html.element("label", "Access token", "for", id + "-token");
    html.empty("input", "type", "password", "id", id + "-token", "name", "token", "required", "", "autocomplete", "current-password");
    html.element("button", button, "type", "submit", "class", kind == CurationRoutes.Action.DELETE ? "danger" : null);
    html.close("form");
    html.close("details");
  }

  /** Entities of the same type that share a word of a name with it: the likeliest duplicates. */
  private List<EntitySummary> candidates(EntityProfile entity) {
    Set<String> all = new LinkedHashSet<>();
    for (String name : concat(entity.name(), entity.aliases())) {
      for (String word : name.split("[^\\p{L}\\p{N}]+")) {
        if (word.length() >= 4) {
          all.add(word.toLowerCase(Locale.ROOT));
        }
      }
    }
    // The longest words are the rarest: a few of them find the candidates without a scan per word.
    List<String> words = all.stream().sorted(java.util.Comparator.comparingInt(String::length).reversed()).limit(3).toList();
    Set<String> seen = new LinkedHashSet<>();
    List<EntitySummary> found = new ArrayList<>();
    for (String word : words) {
      for (EntitySummary candidate : engine.entities(word, entity.type(), CANDIDATES, 0)) {
        if (!candidate.id().equals(entity.id()) && seen.add(candidate.id()) && found.size() < CANDIDATES) {
          found.add(candidate);
        }
      }
    }
    return found;
  }

  private static boolean concerns(CurationEntry entry, String id) {
    return entry.entityId().equals(id) || entry.target().equals(id) || (entry.action().equals("merge") && entry.argument().equals(id));
  }

  private static List<String> concat(String first, List<String> rest) {
    List<String> all = new ArrayList<>(Arrays.asList(first));
    all.addAll(rest);
    return all;
  }
}
