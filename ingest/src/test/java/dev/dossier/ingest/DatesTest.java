package dev.dossier.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.DateTimeException;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class DatesTest {

  @ParameterizedTest(name = "{0} -> {1}")
  @CsvSource(delimiter = '|', value = {
      "2019-09-10                              | 2019-09-10",
      "2019-09-10T06:15:00                     | 2019-09-10",
      "2019-09-10T06:15                        | 2019-09-10",
      "2019-09-10T06:15:00Z                    | 2019-09-10",
      "2019-09-10T06:15:00.123456+02:00        | 2019-09-10",
      "2019-09-10T23:30:00-05:00               | 2019-09-10",
      "2019-09-10T00:30:00+0900                | 2019-09-10",
      "2019-09-10 06:15:00                     | 2019-09-10",
      "2019-09-10T06:15:00+02:00[Europe/Paris] | 2019-09-10",
      "Tue, 10 Sep 2019 06:15:00 GMT           | 2019-09-10",
      "10 Sep 2019 06:15:00 +0200              | 2019-09-10",
      "26-FEB-1987 15:01:01.79                 | 1987-02-26",
      "2-MAR-1987  09:14:07.02                 | 1987-03-02",
      "31-MAR-1987 15:05:01.23&#9;&#9;&#9;F    | 1987-03-31",
      "31-MAR-1987 605:12:19.12                | 1987-03-31",
      "September 10, 2019                      | 2019-09-10",
      "Sep 10th, 2019                          | 2019-09-10",
      "10 September 2019                       | 2019-09-10",
      "20190910                                | 2019-09-10",
      "1568096100                              | 2019-09-10",
      "1568096100000                           | 2019-09-10"})
  void parse_acceptedForm_givesDateInItsOwnOffset(String value, LocalDate expected) {
    assertThat(Dates.parse(value)).isEqualTo(expected);
  }

  @ParameterizedTest
  @ValueSource(strings = {"next Tuesday", "2019-13-01", "2019-02-30", "31-FOO-1987 10:00:00", "10/09/2019", "", "123"})
  void parse_unacceptedValue_throwsNamingIt(String value) {
    assertThatThrownBy(() -> Dates.parse(value)).isInstanceOf(DateTimeException.class);
  }

  @Test
  void parse_unknownForm_messageQuotesTheValue() {
    assertThatThrownBy(() -> Dates.parse("next Tuesday")).hasMessageStartingWith("'next Tuesday' is not a date");
  }

  @Test
  void fromEpoch_secondsAndMilliseconds_bothUnderstood() {
    assertThat(Dates.fromEpoch(1474243200L)).isEqualTo(LocalDate.of(2016, 9, 19));
    assertThat(Dates.fromEpoch(1474243200000L)).isEqualTo(LocalDate.of(2016, 9, 19));
  }
}
