package dev.dossier.ingest;

import dev.dossier.core.ErrorCode;
import dev.dossier.ingest.ArticleAssembler.Draft;
import dev.dossier.ingest.clean.TextNormalizer;
import java.util.List;

/** Parsers for inputs that hold one article: plain text and an HTML page. */
final class Documents {

  private Documents() {}

  /** Plain text: the first non-empty line is the title, the rest the body. UTF-8, a BOM tolerated. */
  static ReadResult text(byte[] bytes, String origin, ArticleAssembler assembler) {
    String text;
    try {
      text = Decoding.utf8(bytes);
    } catch (Decoding.InvalidUtf8Exception e) {
      return ArticleAssembler.rejected(origin, ErrorCode.INVALID_UTF8, e.getMessage() + lineOf(bytes, e.offset()));
    }
    List<String> lines = TextNormalizer.lines(text);
    int first = 0;
    while (first < lines.size() && TextNormalizer.normalizeLine(lines.get(first)).isEmpty()) {
      first++;
    }
    if (first == lines.size()) {
      return assembler.assemble(Draft.of(origin, "", ""));
    }
    String body = String.join("\n", lines.subList(first + 1, lines.size()));
    return assembler.assemble(Draft.of(origin, lines.get(first), body));
  }

  /** An HTML page read from a file: no address, so links stay relative and the source is the site's name. */
  static ReadResult html(byte[] bytes, String origin, ArticleAssembler assembler) {
    String html;
    try {
      html = Decoding.html(bytes, null);
    } catch (Decoding.InvalidUtf8Exception e) {
      return ArticleAssembler.rejected(origin, ErrorCode.INVALID_UTF8, e.getMessage() + lineOf(bytes, e.offset()));
    }
    return HtmlArticles.read(html, Draft.of(origin, null, ""), null, null, null, assembler);
  }

  /** " (line N)" for a byte offset, so a user can find the bad byte in an editor. */
  static String lineOf(byte[] bytes, long offset) {
    int line = 1;
    for (int i = 0; i < offset && i < bytes.length; i++) {
      if (bytes[i] == '\n') {
        line++;
      }
    }
    return " (line " + line + ")";
  }
}
