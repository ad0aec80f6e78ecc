package dev.dossier.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Removal;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The mechanics of joining hard-wrapped lines, on short texts wrapped here at a fixed width the
 * way newswire archives and printed pages are: which breaks are wraps, which stay, and that text
 * written one paragraph a line is left exactly as it was. (What joining does to extraction is
 * measured on real corpora: {@code MuellerHardWrapTest}, {@code ReutersHardWrapTest}.)
 */
class HardWrapTest {

  private final Cleaner cleaner = Cleaner.standard();

  private static final String FIRST = "The port authority said on Tuesday that night shipping would resume next week after the"
      + " dredging of the northern channel, which had been closed since the storm of early March. Officials expect the backlog"
      + " of container ships to clear within a fortnight.";

  private static final String SECOND = "Harbour pilots, who had warned that the channel was too shallow for the largest vessels,"
      + " said they would inspect the new markers themselves before guiding any ship through it at night.";

  private static final String THIRD = "A spokesman for the shipping lines welcomed the decision but said the closure had already"
      + " cost its members several million dollars in delays and extra fuel.";

  /** Greedy wrapping at {@code width} characters, as a fixed-width terminal or newswire does. */
  static String wrap(String paragraph, int width) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (String word : paragraph.split(" ")) {
      if (!line.isEmpty() && line.length() + 1 + word.length() > width) {
        lines.add(line.toString());
        line.setLength(0);
      }
      line.append(line.isEmpty() ? "" : " ").append(word);
    }
    lines.add(line.toString());
    return String.join("\n", lines);
  }

  @Test
  void clean_indentedWrappedParagraphs_eachParagraphOneLine() {
    String body = wrap(FIRST, 68) + "\n    " + wrap(SECOND, 64) + "\n    " + wrap(THIRD, 64);

    Cleaned cleaned = cleaner.clean("", body);

    assertThat(cleaned.text()).isEqualTo(FIRST + "\n" + SECOND + "\n" + THIRD);
    assertThat(cleaned.joinedLines()).isEqualTo(body.split("\n").length - 3);
    assertThat(cleaned.removed()).isEmpty();
  }

  @Test
  void clean_wrappedText_breaksBecomeSpacesOneForOne() {
    String body = wrap(FIRST, 60) + "\n\n" + wrap(SECOND, 60);

    Cleaned cleaned = cleaner.clean("Port reopens", body);

    assertThat(cleaned.text()).hasSize(("Port reopens\n\n" + body).length());
    assertThat(cleaned.text()).isEqualTo("Port reopens\n\n" + body.replace("\n\n", "\u0000").replace('\n', ' ').replace("\u0000", "\n\n"));
  }

  @Test
  void clean_shortLastLineWithoutIndent_startsNewParagraph() {
    String body = wrap(FIRST, 70) + "\n" + wrap(SECOND, 70) + "\n" + wrap(THIRD, 70);

    Cleaned cleaned = cleaner.clean("", body);

    assertThat(cleaned.text().split("\n")).containsExactly(FIRST, SECOND, THIRD);
  }

  @Test
  void clean_wrappedTextWithTableOfFigures_rowsKeepTheirLines() {
    String body = wrap(FIRST, 66) + "\n" + wrap("The ministry gave the following provisional figures for the season to date,"
        + " in thousands of tonnes, with last season's in brackets:", 66)
        + "\n    Wheat 1,210.5 (1,044.2)\n    Barley 388.0 (412.7)\n    Maize 96.1 (nil)\n    Total 1,694.6 (1,456.9)\n"
        + "    " + wrap(THIRD, 66);

    Cleaned cleaned = cleaner.clean("", body);

    assertThat(cleaned.text().split("\n")).contains("Wheat 1,210.5 (1,044.2)", "Barley 388.0 (412.7)", "Maize 96.1 (nil)", "Total 1,694.6 (1,456.9)", THIRD);
    assertThat(cleaned.text()).contains("the season to date, in thousands of tonnes, with last season's in brackets:\nWheat");
  }

  @Test
  void clean_wrappedTextWithUnindentedRowsAndNumbers_numbersNotGluedToProse() {
    String body = wrap(FIRST, 72) + "\n12\n" + wrap(SECOND, 72) + "\n1,210.5 1,044.2 388.0\n" + wrap(THIRD, 72);

    Cleaned cleaned = cleaner.clean("", body);

    assertThat(cleaned.text().split("\n")).containsExactly(FIRST, "12", SECOND, "1,210.5 1,044.2 388.0", THIRD);
  }

  @Test
  void clean_wrappedTextWithHeadingsAndListItems_theyKeepTheirLines() {
    String prose = wrap(FIRST + " " + SECOND, 70);
    String body = "II. THE NORTHERN CHANNEL\n" + prose + "\nA. Dredging and markers\n" + wrap(THIRD, 70)
        + "\n1. Inspection by the pilots before any night passage is allowed\n" + wrap(SECOND, 70)
        + "\n\u2022 Compensation for the shipping lines for the weeks of closure\n" + wrap(THIRD, 70);

    Cleaned cleaned = cleaner.clean("", body);

    assertThat(cleaned.text().split("\n")).containsExactly("II. THE NORTHERN CHANNEL", FIRST + " " + SECOND, "A. Dredging and markers", THIRD,
        "1. Inspection by the pilots before any night passage is allowed", SECOND,
        "\u2022 Compensation for the shipping lines for the weeks of closure", THIRD);
  }

  @Test
  void clean_wrappedTextWithRunningHeaderAndContents_headerAndLeadersNotGlued() {
    String body = "Harbour Board // Internal Draft // Page 6(b)\n" + wrap(FIRST, 90) + "\nContents ........................ 1\n"
        + "Dredging ........................ 4\nPilots ........................ 7\nRunning Header Label\n" + wrap(SECOND, 90);

    Cleaned cleaned = cleaner.clean("", body);

    assertThat(cleaned.text().split("\n")).containsExactly("Harbour Board // Internal Draft // Page 6(b)", FIRST,
        "Contents ........................ 1", "Dredging ........................ 4", "Pilots ........................ 7",
        "Running Header Label", SECOND);
  }

  @Test
  void clean_oneParagraphPerLine_leftAsItWas() {
    String body = FIRST + "\n" + SECOND + "\n" + THIRD + "\n" + "He said the markers would be lit.";

    assertThat(cleaner.clean("", body).text()).isEqualTo(body);
    assertThat(cleaner.clean("", body).joinedLines()).isZero();
  }

  @Test
  void clean_shortLinesOfSimilarLength_notReadAsWrapped() {
    String body = "The channel is open.\nShips may pass at night.\nPilots must be on board.\nFees are unchanged.\nThe board meets in May.";

    assertThat(cleaner.clean("", body).text()).isEqualTo(body);
  }

  @Test
  void clean_sentencesPerLineEndingInNoteNumbers_notReadAsWrapped() {
    // Each line ends a sentence, then cites its footnotes: a list of findings, not a wrapped paragraph.
    String body = "The channel was closed for eleven days after the storm of early March. 12\n"
        + "Night shipping resumed only after the northern channel had been dredged. 13 14\n"
        + "Harbour pilots inspected the new markers before guiding ships through. 15\n"
        + "The shipping lines put their members' losses at several million dollars. 16\n"
        + "The port authority expects the backlog to clear within a fortnight. 17";

    Cleaned cleaned = cleaner.clean("", body);

    assertThat(cleaned.text()).isEqualTo(body);
    assertThat(cleaned.joinedLines()).isZero();
  }

  @Test
  void clean_wrappedLinesWithOneFarLongerLine_notReadAsWrapped() {
    String body = wrap(FIRST, 60) + "\n" + FIRST + " " + SECOND + "\n" + wrap(THIRD, 60);

    assertThat(cleaner.clean("", body).joinedLines()).isZero();
  }

  @Test
  void clean_escapeResidueAtLineStarts_removedRecordedAndOpensParagraph() {
    String body = wrap(FIRST, 66) + "\n&\\t" + wrap(SECOND, 66) + "\n\\t" + wrap(THIRD, 66) + "\n&\\t   ";

    Cleaned cleaned = cleaner.clean("", body);

    assertThat(cleaned.text()).isEqualTo(FIRST + "\n" + SECOND + "\n" + THIRD);
    assertThat(cleaned.removed()).extracting(Removal::text).containsExactly("&\\t", "\\t", "&\\t");
    assertThat(cleaned.removed()).extracting(Removal::reason).containsOnly(Reasons.ESCAPE_RESIDUE);
    assertThat(cleaned.removed()).extracting(Removal::at)
        .containsExactly(cleaned.text().indexOf(SECOND), cleaned.text().indexOf(THIRD), cleaned.text().length());
  }

  @Test
  void clean_escapeResidue_idsComputedFromTextAsItWas() {
    Cleaned withResidue = cleaner.clean("T", "First line.\n&\\tSecond line.");
    Cleaned without = cleaner.clean("T", "First line.\nSecond line.");

    assertThat(withResidue.text()).isEqualTo(without.text());
    assertThat(withResidue.normalizedInput()).isEqualTo("T\n\nFirst line.\n&\\tSecond line.");
  }

  @Test
  void clean_backslashInsideLine_kept() {
    String body = "Files are kept under C:\\temp on the board's machines.\n\\\\server\\share is the backup.";

    assertThat(cleaner.clean("", body).text()).isEqualTo(body);
    assertThat(cleaner.clean("", body).removed()).isEmpty();
  }

  @Test
  void clean_wrappedLineRemovedByRule_neighboursNotJoinedAcrossIt() {
    String body = wrap(FIRST, 64) + "\nRead more\n" + wrap(SECOND, 64);

    Cleaned cleaned = cleaner.clean("", body);

    assertThat(cleaned.text().split("\n")).containsExactly(FIRST, SECOND);
  }

  @Test
  void clean_escapeResidueInTitle_removedAndRecorded() {
    Cleaned cleaned = cleaner.clean("PORT TO REOPEN NORTHERN CHANNEL\n&\\t  \n", "The channel reopens next week.");

    assertThat(cleaned.title()).isEqualTo("PORT TO REOPEN NORTHERN CHANNEL");
    assertThat(cleaned.removed()).singleElement().isEqualTo(new Removal("&\\t", Reasons.ESCAPE_RESIDUE, cleaned.title().length()));
    assertThat(cleaned.normalizedInput()).startsWith("PORT TO REOPEN NORTHERN CHANNEL &\\t");
  }

  @Test
  void clean_shortFirstLineOfProse_continuesIntoLowerCaseLine() {
    String wrapped = wrap("OSLO, March 3 - " + FIRST, 66);
    String body = wrapped.substring("OSLO, March 3 - ".length()) + "\n    " + wrap(SECOND, 66);

    Cleaned cleaned = cleaner.clean("", body);

    assertThat(cleaned.text()).isEqualTo(FIRST + "\n" + SECOND);
  }

  @Test
  void clean_shortFirstLineThatIsALabel_keepsItsLine() {
    String body = "Pilots:\n" + wrap(SECOND, 66) + "\nHarbour Board\n" + wrap(THIRD, 66);

    assertThat(cleaner.clean("", body).text().split("\n")).containsExactly("Pilots:", SECOND, "Harbour Board", THIRD);
  }
}
