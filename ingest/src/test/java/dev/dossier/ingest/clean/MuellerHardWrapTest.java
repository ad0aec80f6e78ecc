package dev.dossier.ingest.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Joining hard-wrapped lines on the demo's Mueller report (public domain, bundled in {@code
 * demo/}): OCR lines of printed pages, wrapped at about 100 characters, among tables of contents,
 * footnotes, page numbers and redaction labels. Its paragraphs must become lines, and none of the
 * rest may be glued to them.
 */
class MuellerHardWrapTest {

  private static Map<String, Cleaned> pages;

  @BeforeAll
  static void clean() throws IOException {
    Path file = null;
    for (Path dir = Path.of("").toAbsolutePath(); dir != null && file == null; dir = dir.getParent()) {
      Path candidate = dir.resolve("demo/mueller-report.jsonl");
      file = Files.isRegularFile(candidate) ? candidate : null;
    }
    assertThat(file).as("demo/mueller-report.jsonl, bundled with the project").isNotNull();
    pages = new LinkedHashMap<>();
    for (JsonlText page : JsonlText.read(file)) {
      pages.put(page.id(), page.cleaned());
    }
  }

  private static List<String> lines(String page) {
    assertThat(pages).containsKey(page);
    return pages.get(page).text().lines().toList();
  }

  @Test
  void clean_mueller_pagesOfProseReadAsWrapped() {
    long joined = pages.values().stream().filter(cleaned -> cleaned.joinedLines() > 0).count();
    int lines = pages.values().stream().mapToInt(cleaned -> cleaned.normalizedInput().split("\n").length).sum();
    int joins = pages.values().stream().mapToInt(Cleaned::joinedLines).sum();
    System.out.printf("mueller-report: %d of %d pages with lines joined, %d of %d lines joined to the line before%n", joined, pages.size(), joins, lines);

    assertThat(joined).isGreaterThanOrEqualTo(pages.size() - 2);
    assertThat(pages.get("mueller-report-p033-040").joinedLines()).isGreaterThan(90);
  }

  @Test
  void clean_muellerProse_paragraphsBecomeLines() {
    assertThat(lines("mueller-report-p033-040")).contains("Throughout 2016 , IRA accounts published an increasing number of materials supporting"
        + " the Trump Campaign and opposing the Clinton Campaign. For example, on May 31, 2016 , the operational account \"Matt Skiber\""
        + " began to privately message dozens of pro-Trump Facebook groups asking them to help plan a \"pro-Trump rally near Trump Tower.\" 55");
  }

  @Test
  void clean_muellerTableOfContents_eachEntryKeepsItsLine() {
    List<String> contents = lines("mueller-report-p001-008");

    assertThat(contents).contains("TABLE OF CONTENTS - VOLUME I", "A. Structure of the Internet Research Agency ...................................... ........................... 15");
    assertThat(contents).anySatisfy(line -> assertThat(line).startsWith("2 . Guccifer 2.0 "));
    assertThat(contents).filteredOn(line -> line.contains("......"))
        .noneSatisfy(line -> assertThat(line).as("two entries in one line").containsPattern("\\.{5,}[ .,]*\\d{1,3} +\\p{Alnum}.*\\.{5,}"));
  }

  @Test
  void clean_muellerFootnotes_numbersAndNotesNotGluedToProse() {
    List<String> page = lines("mueller-report-p033-040");

    assertThat(page).contains("55", "57", "3/18/16 Facebook Adverti sement ID 6045505152575.");
    assertThat(page).anySatisfy(line -> assertThat(line).startsWith("56 Social Media Influen ce in the 2016 US . Election"));
  }

  @Test
  void clean_muellerHeadingsAndRedactionLabels_keepTheirLines() {
    List<String> page = lines("mueller-report-p033-040");

    assertThat(page).contains("4. U.S. Operations Through Twitter", "a. Individualized Accounts", "Harm to Ongoing Matter");
  }

  @Test
  void clean_muellerJoinedLines_followLinesThatFillTheWidth() {
    for (Map.Entry<String, Cleaned> page : pages.entrySet()) {
      for (String line : page.getValue().text().lines().toList()) {
        assertThat(line).as(page.getKey()).doesNotContain("Harm to Ongoing Matter Harm to Ongoing Matter");
      }
    }
  }
}
