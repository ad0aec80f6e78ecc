package dev.dossier.server.web;

import dev.dossier.server.api.Requests;
import dev.dossier.server.html.Urls;
import dev.dossier.store.QuoteQuery;
import dev.dossier.store.StoredQuote;
import java.time.LocalDate;
import java.util.List;

/**
 * Who said what: stored quotes by speaker (an entity's name, alias or id, or words of an anonymous
 * source's description), words, and dates, newest first, each linked to its article with the quote
 * marked. The form's fields are the URL's parameters, so every search can be bookmarked.
 */
final class QuotesPage {

  /** How many more quotes the "more" link asks for. */
  static final int MORE = 50;

  private QuotesPage() {}

  static String page(QuoteQuery query, List<StoredQuote> quotes) {
    String title = query.speaker() == null ? "Quotes" : "Quotes of " + query.speaker();
    return Layout.page(title, Layout.Nav.QUOTES, "", html -> {
      html.element("h1", "Quotes");
      html.open("form", "class", "filters", "action", "/quotes", "method", "get");
      html.element("label", "Speaker (name, id or description)", "for", "quotes-speaker");
      html.empty("input", "type", "search", "id", "quotes-speaker", "name", "speaker", "value", query.speaker() == null ? "" : query.speaker(),
          "placeholder", "Pompeo, intelligence official");
      html.element("label", "Words", "for", "quotes-q");
      html.empty("input", "type", "search", "id", "quotes-q", "name", "q", "value", query.contains() == null ? "" : query.contains());
      html.element("label", "From", "for", "quotes-from");
      html.empty("input", "type", "date", "id", "quotes-from", "name", "from", "value", iso(query.from()));
      html.element("label", "To", "for", "quotes-to");
      html.empty("input", "type", "date", "id", "quotes-to", "name", "to", "value", iso(query.to()));
      html.element("button", "Show", "type", "submit");
      html.close("form");
      html.element("p", Format.number(quotes.size()) + (quotes.size() == 1 ? " quote" : " quotes") + ", newest first", "class", "total");
      if (quotes.isEmpty()) {
        html.element("p", "No quote matches.", "class", "empty");
      } else {
        QuoteList.render(html, quotes, true);
      }
      html.open("nav", "class", "pager", "aria-label", "Pages");
      if (quotes.size() == query.limit() && query.limit() < Requests.MAX_QUOTES) {
        html.element("a", "More →", "rel", "next", "href", url(query, Math.min(Requests.MAX_QUOTES, query.limit() + MORE)));
      }
      html.element("a", "As JSON", "href", url(query, query.limit()).replaceFirst("^/quotes", "/api/v1/quotes"));
      html.close("nav");
    });
  }

  private static String url(QuoteQuery query, int limit) {
    return Urls.withQuery("/quotes", "speaker", query.speaker(), "q", query.contains(), "from", blank(iso(query.from())), "to", blank(iso(query.to())),
        "limit", limit == 50 ? null : String.valueOf(limit));
  }

  private static String iso(LocalDate date) {
    return date == null ? "" : date.toString();
  }

  private static String blank(String value) {
    return value.isEmpty() ? null : value;
  }
}
