package dev.dossier.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TextNormalizerTest {

  static Stream<Arguments> lineCases() {
    return Stream.of(
        arguments("curly double quotes", "\u201cfake news\u201d", "\"fake news\""),
        arguments("low and reversed quotes", "\u201eja\u201c and \u201fno\u201d", "\"ja\" and \"no\""),
        arguments("curly apostrophe", "Moscow\u2019s disavowal", "Moscow's disavowal"),
        arguments("single curly quotes", "\u2018in part\u2019", "'in part'"),
        arguments("guillemets", "\u00abnon\u00bb and \u2039oui\u203a", "\"non\" and 'oui'"),
        arguments("primes", "a 6\u2032 2\u2033 man", "a 6' 2\" man"),
        arguments("modifier apostrophe", "Hawai\u02bbi and don\u02bct", "Hawai\u02bbi and don't"),
        arguments("no-break space", "Chuck\u00a0Schumer", "Chuck Schumer"),
        arguments("thin and ideographic", "5\u2009000 and\u3000more", "5 000 and more"),
        arguments("zero-width characters", "hack\u200bing\u200c and\u2060 co\u200dde", "hacking and code"),
        arguments("soft hyphen", "dif\u00adficul\u00adties", "difficulties"),
        arguments("byte-order mark", "\ufeffTitle", "Title"),
        arguments("bidi controls", "\u202aPutin\u202c said", "Putin said"),
        arguments("control characters", "bell\u0007 and\u0000 nul", "bell and nul"),
        arguments("NFKC ligature", "\ufb01nancial o\ufb03ce", "financial office"),
        arguments("NFKC full-width", "\uff35\uff33\uff21 2019", "USA 2019"),
        arguments("runs of spaces", "Pompeo    told    the BBC", "Pompeo told the BBC"),
        arguments("surrounding space", "   trimmed \t ", "trimmed"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("lineCases")
  void normalizeLine_case_mapped(String name, String input, String expected) {
    assertThat(TextNormalizer.normalizeLine(input)).isEqualTo(expected);
  }

  @Test
  void normalizeLine_tab_kept() {
    assertThat(TextNormalizer.normalizeLine("Shr\t1.22 dlrs")).isEqualTo("Shr\t1.22 dlrs");
  }

  @Test
  void normalize_lineEndings_allBecomeNewline() {
    assertThat(TextNormalizer.normalize("one\r\ntwo\rthree\nfour\u0085five\u2028six")).isEqualTo("one\ntwo\nthree\nfour\nfive\nsix");
  }

  @Test
  void normalize_blankLineRuns_atMostOneBlankLine() {
    assertThat(TextNormalizer.normalize("\n\n  first  \n \n\t\n\n second\n\n\n")).isEqualTo("first\n\nsecond");
  }

  @Test
  void normalize_singleLineBreaks_notReflowed() {
    String wrapped = "Showers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought.";

    assertThat(TextNormalizer.normalize(wrapped)).isEqualTo(wrapped);
  }

  @Test
  void normalize_paragraphSeparator_isParagraphBreak() {
    assertThat(TextNormalizer.normalize("one\u2029two")).isEqualTo("one\n\ntwo");
  }

  @Test
  void normalizeTitle_lineBreaks_becomeSpaces() {
    assertThat(TextNormalizer.normalizeTitle(" US extracted spy\r\nthat confirmed\nPutin role ")).isEqualTo("US extracted spy that confirmed Putin role");
  }

  @Test
  void lines_mixedEndings_splitOnEach() {
    assertThat(TextNormalizer.lines("a\r\nb\n\nc")).containsExactly("a", "b", "", "c");
  }
}
