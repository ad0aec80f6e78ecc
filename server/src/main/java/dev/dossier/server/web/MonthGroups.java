package dev.dossier.server.web;

import dev.dossier.server.html.Html;
import java.time.LocalDate;
import java.time.YearMonth;

/**
 * Timeline entries grouped under one heading per month inside an open list: each entry names its
 * group, and a group that differs from the last closes it and opens its own ({@code <li
 * class="month"><h3>…</h3><ol>…}). Not thread-safe; one per list.
 */
final class MonthGroups {

  private final Html html;
  private String current;

  MonthGroups(Html html) {
    this.html = html;
  }

  /**
   * The heading a date value goes under: a year said on its own ("in 2016") is its own group, not
   * the January of it; "Undated" when there is no day.
   */
  static String heading(String value, LocalDate day) {
    if (day == null) {
      return "Undated";
    }
    return value != null && value.length() == 4 ? value : YearMonth.from(day).toString();
  }

  /** Opens the group of this heading unless it is the one open. */
  void enter(String heading) {
    if (heading.equals(current)) {
      return;
    }
    close();
    html.open("li", "class", "month");
    html.element("h3", heading);
    html.open("ol");
    current = heading;
  }

  /** Closes the open group, if any. */
  void close() {
    if (current != null) {
      html.close("ol").close("li");
      current = null;
    }
  }
}
