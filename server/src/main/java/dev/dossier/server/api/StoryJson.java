package dev.dossier.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.core.Doc;
import dev.dossier.engine.DocJson;
import dev.dossier.engine.Recycling;
import dev.dossier.engine.StoryReport;
import dev.dossier.store.StoredArticle;
import dev.dossier.store.StoryMember;
import dev.dossier.store.StorySummary;
import java.util.List;

/**
 * The JSON of what is recycled: stories (their articles in time order and who copied whom) and an
 * article's reused passages with its quality signals. Field names are a contract documented in
 * {@code openapi.json}.
 */
public final class StoryJson {

  private StoryJson() {}

  public static ObjectNode summary(StorySummary story) {
    return ApiJson.mapper().createObjectNode()
        .put("id", Recycling.storyId(story.id()))
        .put("title", story.title())
        .put("firstArticle", story.firstArticle())
        .put("firstPublished", ApiJson.iso(story.firstPublished()))
        .put("lastPublished", ApiJson.iso(story.lastPublished()))
        .put("articles", story.articles());
  }

  public static ObjectNode stories(List<StorySummary> stories, int limit) {
    ObjectNode json = ApiJson.mapper().createObjectNode().put("limit", limit);
    ArrayNode list = json.putArray("stories");
    stories.forEach(story -> list.add(summary(story)));
    return json;
  }

  /** A story: its summary, its articles in publication order (the first is its first publisher) and who copied whom. */
  public static ObjectNode story(StoryReport report) {
    ObjectNode json = summary(report.summary());
    ArrayNode members = json.putArray("members");
    for (StoryMember member : report.members()) {
      members.addObject().put("id", member.articleId()).put("title", member.title()).put("published", ApiJson.iso(member.published()))
          .put("source", member.source()).put("similarity", Math.round(member.similarity() * 1000) / 1000.0);
    }
    json.put("firstPublisher", report.members().isEmpty() ? null : report.members().getFirst().articleId());
    ArrayNode copies = json.putArray("copies");
    for (StoryReport.Copy copy : report.copies()) {
      copies.addObject().put("copier", copy.copier()).put("source", copy.source()).put("passages", copy.passages())
          .put("share", Math.round(copy.share() * 10_000) / 10_000.0).put("sourceInStory", copy.sourceInStory());
    }
    return json;
  }

  /**
   * An article's {@code reuse}, {@code story} and {@code quality} exactly as in its article JSON,
   * and the articles its passages come from.
   *
   * @param sources the stored source articles the passages name, in order of first appearance
   */
  public static ObjectNode reuse(Doc doc, Recycling recycling, List<StoredArticle> sources) {
    ObjectNode article = DocJson.toJson(doc, recycling);
    ObjectNode json = ApiJson.mapper().createObjectNode().put("id", doc.id());
    json.set("reuse", article.get("reuse"));
    json.set("story", article.get("story"));
    json.set("quality", article.get("quality"));
    ArrayNode list = json.putArray("sources");
    for (StoredArticle source : sources) {
      list.addObject().put("id", source.id()).put("title", source.article().title()).put("published", ApiJson.iso(source.article().published()))
          .put("source", source.article().source());
    }
    return json;
  }
}
