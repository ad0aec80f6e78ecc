package dev.dossier.ingest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.dossier.core.ErrorCode;
import dev.dossier.ingest.ArticleAssembler.Draft;
import java.io.IOException;
import java.io.InputStream;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.function.LongSupplier;

/**
 * JSONL: one article per line, read and decoded line by line so that a 20 MB file never sits in
 * memory and a bad line is named by its number. Blank lines are skipped.
 *
 * <p>Fields, with the aliases real datasets use: {@code id} (or {@code newid}, {@code doc_id};
 * numbers become strings), {@code url}, {@code title} (or {@code headline}), {@code published} (or
 * {@code date}, {@code publish_date}, {@code published_at}; a string in a form {@link Dates}
 * accepts, or epoch seconds or milliseconds), {@code source}, and the body as {@code text} (or
 * {@code body}, {@code content}) or as {@code html}, which goes through the main-content extractor.
 * Other fields are ignored.
 */
final class JsonlReader implements SourceReader {

  private static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  static final List<String> ID_FIELDS = List.of("id", "newid", "doc_id");
  static final List<String> TITLE_FIELDS = List.of("title", "headline");
  static final List<String> PUBLISHED_FIELDS = List.of("published", "date", "publish_date", "published_at");
  static final List<String> TEXT_FIELDS = List.of("text", "body", "content");

  private record Field(String name, JsonNode value) {}

  private final String name;
  private final InputStream in;
  private final ByteLineReader lines;
  private final LongSupplier bytesRead;
  private final ArticleAssembler assembler;
  private long lineNumber;
  private ReadResult next;
  private boolean done;

  /**
   * @param name the input's name for messages
   * @param in the (decompressed) lines; closed when the reader is done or closed
   * @param bytesRead bytes of the stored file consumed so far
   */
  JsonlReader(String name, InputStream in, LongSupplier bytesRead, ArticleAssembler assembler) {
    this.name = name;
    this.in = in;
    this.lines = new ByteLineReader(in);
    this.bytesRead = bytesRead;
    this.assembler = assembler;
  }

  @Override
  public boolean hasNext() {
    if (next == null && !done) {
      next = readNext();
    }
    return next != null;
  }

  @Override
  public ReadResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    ReadResult result = next;
    next = null;
    return result;
  }

  @Override
  public long bytesRead() {
    return bytesRead.getAsLong();
  }

  @Override
  public void close() {
    done = true;
    try {
      in.close();
    } catch (IOException e) {
      // nothing more will be read from it either way
    }
  }

  private ReadResult readNext() {
    while (true) {
      boolean more;
      try {
        more = lines.next();
      } catch (IOException e) {
        close();
        String detail = Messages.describe(e) + "; stopped reading this file";
        return ArticleAssembler.rejected(name + ":" + (lineNumber + 1), ErrorCode.UNREADABLE_INPUT, detail);
      }
      if (!more) {
        close();
        return null;
      }
      lineNumber++;
      String origin = name + ":" + lineNumber;
      if (lines.tooLong()) {
        return ArticleAssembler.rejected(origin, ErrorCode.MALFORMED_JSON, "line longer than " + ByteLineReader.MAX_LINE_BYTES + " bytes; skipped");
      }
      String text;
      try {
        text = Decoding.utf8(lines.bytes(), 0, lines.length());
      } catch (Decoding.InvalidUtf8Exception e) {
        return ArticleAssembler.rejected(origin, ErrorCode.INVALID_UTF8, e.getMessage() + " of the line");
      }
      if (!text.isBlank()) {
        return parse(text, origin);
      }
    }
  }

  private ReadResult parse(String line, String origin) {
    JsonNode node;
    try {
      node = JSON.readTree(line);
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : " at column " + e.getLocation().getColumnNr();
      return ArticleAssembler.rejected(origin, ErrorCode.MALFORMED_JSON, e.getOriginalMessage() + where);
    }
    if (node == null || !node.isObject()) {
      String found = node == null ? "nothing" : "a JSON " + node.getNodeType().name().toLowerCase(Locale.ROOT);
      return ArticleAssembler.rejected(origin, ErrorCode.MALFORMED_JSON, "expected a JSON object, found " + found);
    }
    LocalDate published;
    Field date = first(node, PUBLISHED_FIELDS);
    try {
      published = date == null ? null : date(date);
    } catch (DateTimeException e) {
      return ArticleAssembler.rejected(origin, ErrorCode.UNPARSEABLE_DATE, "field '" + date.name() + "': " + e.getMessage());
    }
    String id = scalar(node, ID_FIELDS);
    String url = scalar(node, List.of("url"));
    String title = scalar(node, TITLE_FIELDS);
    String source = scalar(node, List.of("source"));
    Draft given = new Draft(origin, id, url, title, published, source, "", List.of());
    Field text = first(node, TEXT_FIELDS);
    Field html = first(node, List.of("html"));
    if (text != null && !text.value().isTextual()) {
      return ArticleAssembler.rejected(origin, ErrorCode.MISSING_FIELD, "field '" + text.name() + "' is " + kind(text.value()) + ", not a string");
    }
    boolean useHtml = html != null && html.value().isTextual() && (text == null || text.value().asText().isBlank());
    if (useHtml) {
      return HtmlArticles.read(html.value().asText(), given, given.url(), given.url(), null, assembler);
    }
    if (text == null) {
      String detail = html != null
          ? "field 'html' is " + kind(html.value()) + ", not a string"
          : "no 'text' or 'html' field (also looked for 'body' and 'content')";
      return ArticleAssembler.rejected(origin, ErrorCode.MISSING_FIELD, detail);
    }
    return assembler.assemble(new Draft(origin, id, url, title, published, source, text.value().asText(), List.of()));
  }

  private static LocalDate date(Field field) {
    JsonNode value = field.value();
    if (value.isIntegralNumber()) {
      return Dates.fromEpoch(value.asLong());
    }
    if (value.isTextual()) {
      return value.asText().isBlank() ? null : Dates.parse(value.asText());
    }
    throw new DateTimeException("is " + kind(value) + ", not a date string or epoch number");
  }

  /** The first of the named fields that is present and not JSON null. */
  private static Field first(JsonNode node, List<String> names) {
    for (String fieldName : names) {
      JsonNode value = node.get(fieldName);
      if (value != null && !value.isNull()) {
        return new Field(fieldName, value);
      }
    }
    return null;
  }

  /** A string or number field as text; objects and arrays count as absent. */
  private static String scalar(JsonNode node, List<String> names) {
    Field field = first(node, names);
    if (field == null || field.value().isContainerNode()) {
      return null;
    }
    return field.value().asText();
  }

  private static String kind(JsonNode value) {
    return switch (value.getNodeType()) {
      case ARRAY -> "an array";
      case OBJECT -> "an object";
      case NUMBER -> "a number";
      case BOOLEAN -> "a boolean";
      default -> "a " + value.getNodeType().name().toLowerCase(Locale.ROOT);
    };
  }
}
