import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

/**
 * Turns the Mueller report's page,line,text CSV (gadenbuie/mueller-report) into Dossier JSONL:
 * one article per {@value #PAGES_PER_ARTICLE} PDF pages, within each volume.
 *
 * <p>Only PDF furniture is dropped: each page's two-line running head ("U.S. Department of
 * Justice" and the OCR-garbled work-product notice), its page number, and the CSV's "NA" markers
 * for empty lines. Every other line is kept as it is, hard line breaks included, so the text
 * still shows the OCR noise of the early pages.
 *
 * <p>Run from the repository root: {@code java demo/tools/MuellerToJsonl.java
 * ../shared/corpus/mueller_report/mueller_report.csv > demo/mueller-report.jsonl}
 */
public class MuellerToJsonl {

  static final int PAGES_PER_ARTICLE = 8;
  /** The PDF page where Volume II's cover starts. */
  static final int VOLUME_TWO = 208;
  static final Pattern PAGE_NUMBER = Pattern.compile("^\\s*(?:\\d{1,3}|[ivxlc]{1,6})\\s*$");

  public static void main(String[] args) throws IOException {
    Map<Integer, List<String>> pages = new TreeMap<>();
    List<String> records = parseCsv(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8));
    for (int i = 3; i + 2 < records.size(); i += 3) {
      pages.computeIfAbsent(Integer.parseInt(records.get(i)), p -> new ArrayList<>()).add(records.get(i + 2));
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    int last = pages.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
    for (int volume = 1; volume <= 2; volume++) {
      int first = volume == 1 ? 1 : VOLUME_TWO;
      int end = volume == 1 ? VOLUME_TWO - 1 : last;
      for (int from = first; from <= end; from += PAGES_PER_ARTICLE) {
        int to = Math.min(end, from + PAGES_PER_ARTICLE - 1);
        StringBuilder text = new StringBuilder();
        for (int page = from; page <= to; page++) {
          for (String line : body(pages.getOrDefault(page, List.of()))) {
            text.append(line).append('\n');
          }
        }
        String id = String.format("mueller-report-p%03d-%03d", from, to);
        String title = "Report on the Investigation into Russian Interference in the 2016 Presidential Election, Volume "
            + (volume == 1 ? "I" : "II") + ", pages " + from + "-" + to;
        out.println("{\"id\":" + json(id) + ",\"title\":" + json(title) + ",\"published\":\"2019-04-18\","
            + "\"source\":\"U.S. Department of Justice\",\"url\":\"https://www.justice.gov/archives/sco/file/1373816/download\","
            + "\"text\":" + json(text.toString().strip()) + "}");
      }
    }
  }

  /** The page without its running head, page number and empty-line markers. */
  static List<String> body(List<String> lines) {
    List<String> kept = new ArrayList<>();
    for (int i = 0; i < lines.size(); i++) {
      String line = lines.get(i);
      boolean runningHead = i < 2;
      boolean pageNumber = PAGE_NUMBER.matcher(line).matches() && i >= lines.size() - 3;
      if (!runningHead && !pageNumber && !line.equals("NA") && !line.isBlank()) {
        kept.add(line);
      }
    }
    return kept;
  }

  /** RFC 4180 fields, flattened: quoted fields may hold commas, doubled quotes and newlines. */
  static List<String> parseCsv(String csv) {
    List<String> fields = new ArrayList<>();
    StringBuilder field = new StringBuilder();
    boolean quoted = false;
    for (int i = 0; i < csv.length(); i++) {
      char c = csv.charAt(i);
      if (quoted) {
        if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
          field.append('"');
          i++;
        } else if (c == '"') {
          quoted = false;
        } else {
          field.append(c);
        }
      } else if (c == '"') {
        quoted = true;
      } else if (c == ',' || c == '\n') {
        fields.add(field.toString());
        field.setLength(0);
      } else if (c != '\r') {
        field.append(c);
      }
    }
    if (field.length() > 0) {
      fields.add(field.toString());
    }
    return fields;
  }

  static String json(String value) {
    StringBuilder out = new StringBuilder("\"");
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    return out.append('"').toString();
  }
}
