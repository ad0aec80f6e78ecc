package dev.dossier.eval.reuse;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import dev.dossier.eval.JsonLines;
import java.nio.file.Path;
import java.text.BreakIterator;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reuters-21578 articles as the spinning benchmark uses them: dated, with their body cut into
 * sentences.
 *
 * <p>The corpus is research-only, so it is read from where it lies and never copied. Its bodies
 * are newswire text with hard line breaks; a paragraph starts with an indented line. The reader
 * joins lines into paragraphs, drops the {@code Reuter} sign-off, and cuts paragraphs into
 * sentences with the JDK's {@link BreakIterator}, which is independent of Dossier's own splitter,
 * so that the benchmark's units are not the detector's.
 */
final class ReutersSource {

  /**
   * One article.
   *
   * @param id its {@code newid}, prefixed {@code reuters-}
   * @param title its headline
   * @param published its date
   * @param sentences its body sentences in order
   */
  record Story(String id, String title, LocalDate published, List<String> sentences) {}

  private ReutersSource() {}

  /**
   * @throws DossierException {@link ErrorCode#INPUT_NOT_FOUND}, {@link ErrorCode#UNREADABLE_INPUT}
   *     or {@link ErrorCode#MALFORMED_JSON} naming the file and line
   */
  static List<Story> read(Path file) {
    return JsonLines.read(file, "Reuters article", (node, line) -> {
      LocalDate date = date(node.path("date").asText(""));
      String title = clean(node.path("title").asText(""));
      String text = node.path("text").asText("");
      if (date == null || title.isEmpty() || text.isBlank()) {
        return null;
      }
      return new Story("reuters-" + node.path("newid").asText(String.valueOf(line)), title, date, sentences(text));
    });
  }

  private static final List<String> MONTHS = List.of("JAN", "FEB", "MAR", "APR", "MAY", "JUN", "JUL", "AUG", "SEP", "OCT", "NOV", "DEC");

  /** The day of a Reuters date such as {@code 26-FEB-1987 15:01:01.79}, or {@code null}. */
  static LocalDate date(String text) {
    String[] parts = text.trim().split("[- ]+");
    if (parts.length < 3 || parts[1].length() < 3) {
      return null;
    }
    int month = MONTHS.indexOf(parts[1].substring(0, 3).toUpperCase(Locale.ROOT)) + 1;
    try {
      return month == 0 ? null : LocalDate.of(Integer.parseInt(parts[2]), month, Integer.parseInt(parts[0]));
    } catch (RuntimeException e) {
      return null;
    }
  }

  private static String clean(String text) {
    return text.replace('\u0003', ' ').replaceAll("&[#a-zA-Z0-9]+;", " ").replaceAll("\\s+", " ").trim();
  }

  /** The body's sentences: paragraphs joined, the sign-off dropped, cut by {@link BreakIterator}. */
  static List<String> sentences(String text) {
    List<String> paragraphs = new ArrayList<>();
    StringBuilder paragraph = new StringBuilder();
    for (String raw : text.split("\n")) {
      // The corpus marks paragraphs with an indent, or with "&\t" (an ampersand, a backslash, a t).
      boolean starts = raw.startsWith(" ") || raw.startsWith("\t") || raw.startsWith("&\\t");
      String line = clean(raw.replace("&\\t", " "));
      if (starts && !paragraph.isEmpty()) {
        paragraphs.add(paragraph.toString());
        paragraph.setLength(0);
      }
      if (!line.isEmpty()) {
        paragraph.append(paragraph.isEmpty() ? "" : " ").append(line);
      }
    }
    if (!paragraph.isEmpty()) {
      paragraphs.add(paragraph.toString());
    }
    List<String> sentences = new ArrayList<>();
    BreakIterator breaks = BreakIterator.getSentenceInstance(Locale.ENGLISH);
    for (String p : paragraphs) {
      String body = p.replaceAll("\\s*Reuter\\s*$", "").trim();
      breaks.setText(body);
      int start = breaks.first();
      for (int end = breaks.next(); end != BreakIterator.DONE; start = end, end = breaks.next()) {
        String sentence = body.substring(start, end).trim();
        if (!sentence.isEmpty()) {
          sentences.add(sentence);
        }
      }
    }
    return sentences;
  }
}
