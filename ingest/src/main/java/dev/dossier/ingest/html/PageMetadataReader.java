package dev.dossier.ingest.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/** Reads {@link PageMetadata} from a parsed page, before anything is stripped from it. */
final class PageMetadataReader {

  private static final ObjectMapper JSON = new ObjectMapper();

  /** Separators sites put between a headline and their own name in {@code <title>}. */
  private static final String[] TITLE_SEPARATORS = {" | ", " - ", " – ", " — ", " :: ", " · ", " • ", " / "};

  /** Deep enough for {@code @graph} nesting; page-authored JSON can be arbitrarily deep. */
  private static final int MAX_JSON_DEPTH = 6;

  private PageMetadataReader() {}

  static PageMetadata read(Document doc) {
    String siteName = meta(doc, "og:site_name");
    return new PageMetadata(title(doc, siteName), url(doc), publishedValues(doc), siteName);
  }

  private static String title(Document doc, String siteName) {
    String og = meta(doc, "og:title");
    if (og != null) {
      return stripSiteSuffix(og, siteName, true);
    }
    String title = collapse(doc.title());
    if (!title.isEmpty()) {
      return stripSiteSuffix(title, siteName, false);
    }
    Element h1 = doc.selectFirst("h1");
    String heading = h1 == null ? "" : collapse(h1.text());
    return heading.isEmpty() ? null : heading;
  }

  /**
   * Drops " | Site"-style suffixes. From {@code og:title} only the site's own name goes; from
   * {@code <title>}, any short suffix after a headline of three or more words, twice at most
   * ("Headline | Section | Site").
   */
  static String stripSiteSuffix(String title, String siteName, boolean onlySiteName) {
    String result = title;
    for (int round = 0; round < 2; round++) {
      int cut = -1;
      String separator = null;
      for (String candidate : TITLE_SEPARATORS) {
        int at = result.lastIndexOf(candidate);
        if (at > cut) {
          cut = at;
          separator = candidate;
        }
      }
      if (cut <= 0) {
        break;
      }
      String head = result.substring(0, cut).strip();
      String suffix = result.substring(cut + separator.length()).strip();
      boolean isSiteName = siteName != null && suffix.equalsIgnoreCase(siteName.strip());
      boolean shortSuffix = words(suffix) <= 4 && words(head) >= 3;
      if (!(isSiteName || !onlySiteName && shortSuffix)) {
        break;
      }
      result = head;
    }
    return result;
  }

  private static String url(Document doc) {
    for (Element link : doc.select("link[rel]")) {
      if (link.attr("rel").equalsIgnoreCase("canonical")) {
        String href = link.absUrl("href");
        if (!href.isEmpty()) {
          return href;
        }
      }
    }
    for (Element meta : doc.select("meta")) {
      if ("og:url".equalsIgnoreCase(meta.attr("property")) || "og:url".equalsIgnoreCase(meta.attr("name"))) {
        String content = meta.absUrl("content");
        if (content.isEmpty()) {
          content = meta.attr("content").strip();
        }
        if (!content.isEmpty()) {
          return content;
        }
      }
    }
    return null;
  }

  private static List<String> publishedValues(Document doc) {
    List<String> values = new ArrayList<>();
    add(values, meta(doc, "article:published_time"));
    for (Element element : doc.select("[itemprop]")) {
      if (element.attr("itemprop").equalsIgnoreCase("datePublished")) {
        String value = element.hasAttr("content") ? element.attr("content") : element.hasAttr("datetime") ? element.attr("datetime") : element.text();
        add(values, value);
      }
    }
    for (Element script : doc.select("script[type]")) {
      if (script.attr("type").strip().toLowerCase(Locale.ROOT).equals("application/ld+json")) {
        try {
          collectDatePublished(JSON.readTree(script.data()), values, 0);
        } catch (JsonProcessingException e) {
          // Sites often ship broken JSON-LD; the other date sources still apply.
        }
      }
    }
    for (String name : List.of("pubdate", "publishdate", "date", "dc.date.issued", "dc.date", "parsely-pub-date")) {
      add(values, meta(doc, name));
    }
    Element time = doc.selectFirst("time[datetime]");
    if (time != null) {
      add(values, time.attr("datetime"));
    }
    return values;
  }

  private static void collectDatePublished(JsonNode node, List<String> values, int depth) {
    if (node == null || depth > MAX_JSON_DEPTH) {
      return;
    }
    if (node.isArray()) {
      for (JsonNode item : node) {
        collectDatePublished(item, values, depth + 1);
      }
    } else if (node.isObject()) {
      JsonNode date = node.get("datePublished");
      if (date != null && date.isTextual()) {
        add(values, date.asText());
      }
      for (JsonNode child : node) {
        if (child.isContainerNode()) {
          collectDatePublished(child, values, depth + 1);
        }
      }
    }
  }

  /** The content of the first {@code <meta>} whose property or name is {@code key}, or null. */
  static String meta(Document doc, String key) {
    for (Element meta : doc.select("meta")) {
      if (key.equalsIgnoreCase(meta.attr("property")) || key.equalsIgnoreCase(meta.attr("name"))) {
        String content = collapse(meta.attr("content"));
        if (!content.isEmpty()) {
          return content;
        }
      }
    }
    return null;
  }

  private static void add(List<String> values, String value) {
    if (value != null && !value.isBlank() && !values.contains(value.strip())) {
      values.add(value.strip());
    }
  }

  private static String collapse(String text) {
    return text == null ? "" : text.replaceAll("\\s+", " ").strip();
  }

  private static int words(String text) {
    String stripped = text.strip();
    return stripped.isEmpty() ? 0 : stripped.split("\\s+").length;
  }
}
