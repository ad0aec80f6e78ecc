package dev.dossier.server.web;

import dev.dossier.engine.StoryReport;
import dev.dossier.server.api.Requests;
import dev.dossier.server.html.Html;
import dev.dossier.server.html.Urls;
import dev.dossier.store.StoryMember;
import dev.dossier.store.StorySummary;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Stories: the articles the engine grouped as telling one story. The list (largest first, for a
 * period), and one story with its articles in time order, its first publisher, and who copied whom.
 */
final class StoriesPage {

  private StoriesPage() {}

  static String list(LocalDate from, LocalDate to, int limit, List<StorySummary> stories) {
    return Layout.page("Stories", Layout.Nav.STORIES, "", html -> {
      html.element("h1", "Stories");
      html.element("p", "Articles grouped as telling one story, the largest first. An article that copies much of an earlier one joins its story.",
          "class", "muted");
      html.open("form", "class", "filters", "action", "/stories", "method", "get");
      html.element("label", "With an article from", "for", "stories-from");
      html.empty("input", "type", "date", "id", "stories-from", "name", "from", "value", from == null ? "" : from.toString());
      html.element("label", "To", "for", "stories-to");
      html.empty("input", "type", "date", "id", "stories-to", "name", "to", "value", to == null ? "" : to.toString());
      html.element("button", "Show", "type", "submit");
      html.close("form");
      if (stories.isEmpty()) {
        html.element("p", "No story here.", "class", "empty");
        return;
      }
      html.open("table", "class", "entities stories");
      html.open("thead").open("tr");
      html.element("th", "Story", "scope", "col").element("th", "Opened by", "scope", "col").element("th", "Articles", "scope", "col", "class", "num")
          .element("th", "First", "scope", "col").element("th", "Last", "scope", "col");
      html.close("tr").close("thead");
      html.open("tbody");
      for (StorySummary story : stories) {
        String id = dev.dossier.engine.Recycling.storyId(story.id());
        html.open("tr");
        html.open("td").element("a", id, "href", Urls.story(id)).close("td");
        html.open("td").element("a", title(story.title()), "href", Urls.story(id)).close("td");
        html.element("td", Format.number(story.articles()), "class", "num");
        html.open("td");
        Format.time(html, story.firstPublished());
        html.close("td").open("td");
        Format.time(html, story.lastPublished());
        html.close("td");
        html.close("tr");
      }
      html.close("tbody");
      html.close("table");
      html.open("nav", "class", "pager", "aria-label", "Pages");
      String fromText = from == null ? null : from.toString();
      String toText = to == null ? null : to.toString();
      if (stories.size() == limit && limit < Requests.MAX_STORIES) {
        html.element("a", "More →", "rel", "next", "href",
            Urls.withQuery("/stories", "from", fromText, "to", toText, "limit", String.valueOf(Math.min(Requests.MAX_STORIES, limit + 50))));
      }
      html.element("a", "As JSON", "href", Urls.withQuery("/api/v1/stories", "from", fromText, "to", toText));
      html.close("nav");
    });
  }

  /**
   * @param titles the title of an article outside the story that one of its articles copies from
   */
  static String story(StoryReport report, Function<String, String> titles) {
    StorySummary summary = report.summary();
    String id = dev.dossier.engine.Recycling.storyId(summary.id());
    Map<String, StoryMember> members = new HashMap<>();
    report.members().forEach(member -> members.put(member.articleId(), member));
    Function<String, String> titleOf = articleId -> members.containsKey(articleId) ? title(members.get(articleId).title()) : titles.apply(articleId);
    return Layout.page(title(summary.title()), Layout.Nav.STORIES, "", html -> {
      html.open("header", "class", "story-head");
      html.element("p", id, "class", "meta");
      html.element("h1", title(summary.title()));
      html.open("p", "class", "meta");
      html.text(Format.number(summary.articles()) + (summary.articles() == 1 ? " article" : " articles") + " · ");
      Format.time(html, summary.firstPublished());
      html.text(" to ");
      Format.time(html, summary.lastPublished());
      html.text(" · ").element("a", "JSON", "href", "/api/v1/stories/" + Urls.segment(id));
      html.close("p");
      html.close("header");
      html.element("h2", "Articles in time order");
      html.open("ol", "class", "story-members");
      for (int i = 0; i < report.members().size(); i++) {
        StoryMember member = report.members().get(i);
        html.open("li", "class", i == 0 ? "member first" : "member");
        html.open("p", "class", "meta");
        Format.time(html, member.published());
        html.text(" · ").text(member.source() == null ? "unknown source" : member.source());
        if (i == 0) {
          html.text(" ").element("span", "first publisher", "class", "badge first-publisher");
        }
        html.close("p");
        html.element("a", title(member.title()), "href", Urls.article(member.articleId()), "class", "member-title");
        for (StoryReport.Copy copy : report.copies()) {
          if (copy.copier().equals(member.articleId())) {
            html.open("p", "class", "copies");
            html.element("span", "copies " + Format.percent(copy.share()), "class", "badge copied");
            html.text(" of its text from ");
            html.element("a", titleOf.apply(copy.source()), "href", Urls.article(copy.source()));
            html.text(copy.sourceInStory() ? "" : " (outside this story)");
            html.close("p");
          }
        }
        html.close("li");
      }
      html.close("ol");
      html.element("h2", "Who copied whom (" + report.copies().size() + ")");
      if (report.copies().isEmpty()) {
        html.element("p", "None of its articles copies prose from an earlier one.", "class", "muted");
      } else {
        copies(html, report.copies(), titleOf);
      }
    });
  }

  private static void copies(Html html, List<StoryReport.Copy> copies, Function<String, String> titleOf) {
    html.open("table", "class", "entities copies");
    html.open("thead").open("tr");
    html.element("th", "Article", "scope", "col").element("th", "copies from", "scope", "col").element("th", "Passages", "scope", "col", "class", "num")
        .element("th", "Share of its text", "scope", "col", "class", "num");
    html.close("tr").close("thead");
    html.open("tbody");
    for (StoryReport.Copy copy : copies) {
      html.open("tr");
      html.open("td").element("a", titleOf.apply(copy.copier()), "href", Urls.article(copy.copier())).close("td");
      html.open("td").element("a", titleOf.apply(copy.source()), "href", Urls.article(copy.source()));
      html.text(copy.sourceInStory() ? "" : " (outside this story)");
      html.close("td");
      html.element("td", Format.number(copy.passages()), "class", "num");
      html.element("td", String.format(Locale.ROOT, "%.0f%%", 100 * copy.share()), "class", "num");
      html.close("tr");
    }
    html.close("tbody");
    html.close("table");
  }

  private static String title(String title) {
    return title.isBlank() ? "(untitled)" : title;
  }
}
