package dev.dossier.server.web;

import dev.dossier.core.EntityType;
import dev.dossier.core.Span;
import dev.dossier.server.html.Html;
import dev.dossier.server.html.Urls;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/** Small pieces every page writes the same way: numbers, dates, entity chips, highlighted text. */
final class Format {

  private Format() {}

  static String number(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** A share from 0 to 1 as a whole percentage: "94%". */
  static String percent(double share) {
    return String.format(Locale.ROOT, "%.0f%%", 100 * share);
  }

  static String date(LocalDate date) {
    return date == null ? "undated" : date.toString();
  }

  /** The CSS class that colours an entity type, the same on every page and in the graph. */
  static String typeClass(EntityType type) {
    return "t-" + type.name().toLowerCase(Locale.ROOT);
  }

  static String typeLabel(EntityType type) {
    return switch (type) {
      case PERSON -> "person";
      case ORGANIZATION -> "organisation";
      case LOCATION -> "place";
      case MISC -> "other";
    };
  }

  /** A link to an entity's dossier, coloured by its type. */
  static void entityLink(Html html, String id, String name, EntityType type) {
    html.element("a", name, "class", "chip " + typeClass(type), "href", Urls.entity(id), "title", typeLabel(type));
  }

  /** A <time> element for a date, or "undated". */
  static void time(Html html, LocalDate date) {
    if (date == null) {
      html.element("span", "undated", "class", "muted");
    } else {
      html.element("time", date.toString(), "datetime", date.toString());
    }
  }

  /** The text with each span wrapped in {@code <mark>}; spans in order and not overlapping. */
  static void highlighted(Html html, String text, List<Span> highlights) {
    int at = 0;
    for (Span span : highlights) {
      if (span.start() < at || span.end() > text.length()) {
        continue;
      }
      html.text(text, at, span.start());
      html.open("mark").text(text, span.start(), span.end()).close("mark");
      at = span.end();
    }
    html.text(text, at, text.length());
  }

  /** The legend of the entity colours. */
  static void legend(Html html) {
    html.open("ul", "class", "legend", "aria-label", "Entity colours");
    for (EntityType type : EntityType.values()) {
      html.open("li").element("span", typeLabel(type), "class", "chip " + typeClass(type)).close("li");
    }
    html.close("ul");
  }
}
