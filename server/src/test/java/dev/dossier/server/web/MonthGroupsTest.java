package dev.dossier.server.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.server.html.Html;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MonthGroupsTest {

  @Test
  void heading_yearAloneDayOrNone_yearMonthOrUndated() {
    // "in 2014": the year, not the January it is filed under; "on February 1, 2018": its month.
    assertThat(MonthGroups.heading("2014", LocalDate.of(2014, 1, 1))).isEqualTo("2014");
    assertThat(MonthGroups.heading("2018-02-01", LocalDate.of(2018, 2, 1))).isEqualTo("2018-02");
    assertThat(MonthGroups.heading("2018-02", LocalDate.of(2018, 2, 1))).isEqualTo("2018-02");
    assertThat(MonthGroups.heading("undated", null)).isEqualTo("Undated");
  }

  @Test
  void enter_sameHeadingTwiceThenAnother_oneGroupEachAndAllClosed() {
    Html html = Html.fragment();
    html.open("ol");
    MonthGroups groups = new MonthGroups(html);
    for (String heading : new String[] {"2018-01", "2018-01", "2018-02"}) {
      groups.enter(heading);
      html.element("li", "entry");
    }
    groups.close();
    html.close("ol");

    assertThat(html.render())
        .isEqualTo("<ol><li class=\"month\"><h3>2018-01</h3><ol><li>entry</li><li>entry</li></ol></li>"
            + "<li class=\"month\"><h3>2018-02</h3><ol><li>entry</li></ol></li></ol>");
  }
}
