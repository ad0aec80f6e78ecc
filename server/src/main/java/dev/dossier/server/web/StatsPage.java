package dev.dossier.server.web;

import dev.dossier.server.html.Html;
import dev.dossier.store.IngestLogEntry;
import dev.dossier.store.Stats;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** What the store holds, and the latest rejected inputs with their reasons. */
final class StatsPage {

  private StatsPage() {}

  static String page(Stats stats, String dataDir, List<IngestLogEntry> rejected) {
    return Layout.page("Stats", Layout.Nav.STATS, "", html -> {
      html.element("h1", "The store");
      html.open("dl", "class", "facts wide");
      fact(html, "Data folder", dataDir);
      fact(html, "Articles", Format.number(stats.articles()) + (stats.indexedArticles() == stats.articles() ? "" : " (" + Format.number(stats.indexedArticles()) + " in the index)"));
      fact(html, "Published", stats.firstPublished() == null ? "undated" : stats.firstPublished() + " to " + stats.lastPublished());
      fact(html, "Entities", Format.number(stats.entities()) + " (" + counts(stats.entitiesByType()) + ")");
      fact(html, "Mentions", Format.number(stats.mentions()));
      fact(html, "Dates", Format.number(stats.dates()));
      fact(html, "Removed", counts(stats.removalsByReason()));
      fact(html, "Sources", counts(stats.sources()));
      fact(html, "Ingest log", counts(stats.logByStatus()));
      fact(html, "Rejected", counts(stats.rejectionsByCode()));
      fact(html, "On disk", String.format(Locale.ROOT, "%.1f MB index, %.1f MB database", stats.indexBytes() / 1e6, stats.databaseBytes() / 1e6));
      html.close("dl");
      if (!rejected.isEmpty()) {
        html.element("h2", "Latest rejected inputs");
        html.open("ul", "class", "log");
        for (IngestLogEntry entry : rejected) {
          html.open("li");
          html.element("code", entry.code() == null ? "" : entry.code());
          html.text(" ").text(entry.message());
          html.close("li");
        }
        html.close("ul");
      }
    });
  }

  private static void fact(Html html, String name, String value) {
    html.open("div").element("dt", name).element("dd", value).close("div");
  }

  private static <K> String counts(Map<K, Long> counts) {
    if (counts.isEmpty()) {
      return "none";
    }
    StringBuilder text = new StringBuilder();
    counts.forEach((key, count) -> text.append(text.isEmpty() ? "" : ", ").append(String.valueOf(key).toLowerCase(Locale.ROOT)).append(' ').append(Format.number(count)));
    return text.toString();
  }
}
