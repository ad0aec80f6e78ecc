package dev.dossier.ingest;

import static dev.dossier.ingest.FormatTestBase.articles;
import static dev.dossier.ingest.FormatTestBase.readAll;
import static dev.dossier.ingest.FormatTestBase.rejections;
import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.ErrorCode;
import dev.dossier.core.Rejection;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Every way an input can fail: exactly one rejection, naming the input and the reason, and the stream goes on. */
class ErrorsTest {

  @TempDir Path temp;

  private static List<ReadResult> open(String... paths) {
    return readAll(Inputs.open(List.of(paths), IngestOptions.NONE));
  }

  /** The only result of reading {@code path}, which must be a rejection with {@code code}. */
  private static Rejection rejectionOf(ErrorCode code, String... paths) {
    List<ReadResult> results = open(paths);
    assertThat(results).as("results of %s", List.of(paths)).hasSize(1);
    Rejection rejection = rejections(results).get(0);
    assertThat(rejection.code()).isEqualTo(code);
    assertThat(rejection.message()).startsWith(rejection.input() + ": " + code.summary()).endsWith(" [" + code.code() + "]").doesNotContain("\n");
    return rejection;
  }

  private Path write(String name, String content) throws IOException {
    return Files.writeString(temp.resolve(name), content, StandardCharsets.UTF_8);
  }

  private Path writeBytes(String name, byte[] content) throws IOException {
    return Files.write(temp.resolve(name), content);
  }

  @Test
  void open_missingPath_inputNotFound() {
    String missing = temp.resolve("nowhere/story.txt").toString();

    Rejection rejection = rejectionOf(ErrorCode.INPUT_NOT_FOUND, missing);

    assertThat(rejection.message()).isEqualTo(missing + ": no such file or directory [E110]");
  }

  @Test
  void open_relativeMissingPath_detailSaysWhereItLooked() {
    Rejection rejection = rejectionOf(ErrorCode.INPUT_NOT_FOUND, "no-such-dir/story.txt");

    assertThat(rejection.input()).isEqualTo("no-such-dir/story.txt");
    assertThat(rejection.detail()).startsWith("looked for /").endsWith("no-such-dir/story.txt");
  }

  @Test
  void open_unknownExtension_unknownFormat() throws IOException {
    Path pdf = write("report.pdf", "%PDF-1.4");

    Rejection rejection = rejectionOf(ErrorCode.UNKNOWN_FORMAT, pdf.toString());

    assertThat(rejection.message()).startsWith(pdf + ": unknown input format: unknown extension; expected one of .txt");
  }

  @Test
  void open_notGzipDespiteExtension_unreadableInput() throws IOException {
    Path fake = write("wire.jsonl.gz", "{\"title\": \"not compressed\"}\n");

    Rejection rejection = rejectionOf(ErrorCode.UNREADABLE_INPUT, fake.toString());

    assertThat(rejection.detail()).contains("Not in GZIP format");
  }

  @Test
  void open_fileWithoutReadPermission_unreadableInput() throws IOException {
    Path locked = write("locked.txt", "Title\n\nBody text that nobody may read.");
    Files.setPosixFilePermissions(locked, PosixFilePermissions.fromString("---------"));
    Assumptions.assumeFalse(Files.isReadable(locked), "running as root: permissions do not apply, so this case cannot be built");

    Rejection rejection = rejectionOf(ErrorCode.UNREADABLE_INPUT, locked.toString());

    assertThat(rejection.input()).isEqualTo(locked.toString());
  }

  @Test
  void open_htmlNestedAbsurdlyDeep_unreadableInputNotACrash() throws IOException {
    String paragraph = "<p>Antonov did not identify the officials with whom he met. The embassy declined to comment.</p>";
    Path deep = write("deep.html", "<html><body>" + "<div>".repeat(50_000) + paragraph + "</div>".repeat(50_000) + "</body></html>");

    Rejection rejection = rejectionOf(ErrorCode.UNREADABLE_INPUT, deep.toString());

    assertThat(rejection.detail()).startsWith("cannot read this HTML: elements nest ").endsWith("levels deep; at most 1000 are read");
  }

  @Test
  void open_invalidUtf8InText_invalidUtf8WithOffsetAndLine() throws IOException {
    byte[] bytes = "Title\n\nCaf\u00e9 owners met on Monday.".getBytes(StandardCharsets.ISO_8859_1);
    Path latin1 = writeBytes("latin1.txt", bytes);

    Rejection rejection = rejectionOf(ErrorCode.INVALID_UTF8, latin1.toString());

    assertThat(rejection.message()).isEqualTo(latin1 + ": invalid UTF-8: malformed UTF-8 byte sequence at byte offset 10 (line 3) [E103]");
  }

  @Test
  void open_invalidUtf8InJsonlLine_namesTheLineAndReadsTheOthers() throws IOException {
    byte[] good = "{\"title\": \"One\", \"text\": \"Antonov confirmed the visit on Thursday.\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] bad = "{\"title\": \"Two\", \"text\": \"Caf\u00e9\"}\n".getBytes(StandardCharsets.ISO_8859_1);
    byte[] all = new byte[good.length * 2 + bad.length];
    System.arraycopy(good, 0, all, 0, good.length);
    System.arraycopy(bad, 0, all, good.length, bad.length);
    System.arraycopy(good, 0, all, good.length + bad.length, good.length);
    Path jsonl = writeBytes("mixed.jsonl", all);

    List<ReadResult> results = open(jsonl.toString());

    assertThat(articles(results)).hasSize(2);
    assertThat(rejections(results)).singleElement().satisfies(rejection -> {
      assertThat(rejection.code()).isEqualTo(ErrorCode.INVALID_UTF8);
      assertThat(rejection.input()).isEqualTo(jsonl + ":2");
      assertThat(rejection.detail()).isEqualTo("malformed UTF-8 byte sequence at byte offset 29 of the line");
    });
  }

  @Test
  void open_malformedJsonLine_namesLineAndColumnAndReadsTheOthers() throws IOException {
    Path jsonl = write("broken.jsonl", """
        {"title": "One", "text": "Antonov confirmed the visit on Thursday."}
        {"title": "Two", "text": "unterminated}
        {"title": "Three", "text": "Pompeo warned the BBC about elections."}
        """);

    List<ReadResult> results = open(jsonl.toString());

    assertThat(articles(results)).hasSize(2);
    assertThat(rejections(results)).singleElement().satisfies(rejection -> {
      assertThat(rejection.code()).isEqualTo(ErrorCode.MALFORMED_JSON);
      assertThat(rejection.input()).isEqualTo(jsonl + ":2");
      assertThat(rejection.detail()).contains("column");
    });
  }

  @Test
  void open_jsonLineNotAnObject_malformedJson() throws IOException {
    Path jsonl = write("array.jsonl", "[\"a\", \"b\"]\n");

    Rejection rejection = rejectionOf(ErrorCode.MALFORMED_JSON, jsonl.toString());

    assertThat(rejection.detail()).isEqualTo("expected a JSON object, found a JSON array");
  }

  @Test
  void open_jsonLineWithTrailingGarbage_malformedJson() throws IOException {
    Path jsonl = write("trailing.jsonl", "{\"title\": \"One\", \"text\": \"Body.\"} {\"title\": \"Two\"}\n");

    assertThat(rejectionOf(ErrorCode.MALFORMED_JSON, jsonl.toString()).input()).isEqualTo(jsonl + ":1");
  }

  @Test
  void open_noTextOrHtmlField_missingField() throws IOException {
    Path jsonl = write("notext.jsonl", "{\"id\": \"7\", \"title\": \"Headline only, no body field\"}\n");

    Rejection rejection = rejectionOf(ErrorCode.MISSING_FIELD, jsonl.toString());

    assertThat(rejection.message()).isEqualTo(jsonl + ":1: missing field: no 'text' or 'html' field (also looked for 'body' and 'content') [E109]");
  }

  @Test
  void open_textFieldNotAString_missingFieldSaysWhatItIs() throws IOException {
    Path jsonl = write("numeric.jsonl", "{\"title\": \"T\", \"body\": 42}\n");

    assertThat(rejectionOf(ErrorCode.MISSING_FIELD, jsonl.toString()).detail()).isEqualTo("field 'body' is a number, not a string");
  }

  @Test
  void open_blankTextFile_emptyArticle() throws IOException {
    Path blank = write("blank.txt", " \n\t\n\u200b\n");

    assertThat(rejectionOf(ErrorCode.EMPTY_ARTICLE, blank.toString()).detail()).isEqualTo("no title and no text");
  }

  @Test
  void open_onlyBoilerplateAndNoTitle_emptyArticleNamesWhatWasRemoved() throws IOException {
    Path jsonl = write("spam.jsonl", "{\"text\": \"Share this article\\n\\nRead more\\n\\n\u00a9 2019 The Daily Ledger. All rights reserved.\"}\n");

    Rejection rejection = rejectionOf(ErrorCode.EMPTY_ARTICLE, jsonl.toString());

    assertThat(rejection.detail()).startsWith("nothing left after cleaning: all ").contains("[boilerplate, link-spam, share-prompt]");
  }

  @Test
  void open_htmlWithOnlyNavigation_noMainContent() throws IOException {
    Path html = write("nav.html", """
        <html><head><title>Sections | The Daily Ledger</title></head><body>
        <nav><ul><li><a href="/world">World news from every continent</a></li><li><a href="/politics">Politics and elections</a></li>
        <li><a href="/business">Business, markets and the economy</a></li></ul></nav>
        <footer><p>Copyright 2019 The Daily Ledger. All rights reserved. Reproduction without permission is prohibited.</p></footer>
        </body></html>""");

    Rejection rejection = rejectionOf(ErrorCode.NO_MAIN_CONTENT, html.toString());

    assertThat(rejection.message()).startsWith(html + ": HTML without main content: ");
  }

  @Test
  void open_htmlWithOneShortSentence_noMainContent() throws IOException {
    Path html = write("stub.html", "<html><body><article><p>Photos from the summit in Vietnam, taken on Saturday.</p></article></body></html>");

    assertThat(rejectionOf(ErrorCode.NO_MAIN_CONTENT, html.toString()).detail()).contains("words after cleaning");
  }

  @Test
  void open_unparseableDate_namesFieldAndValue() throws IOException {
    Path jsonl = write("dates.jsonl", "{\"title\": \"T\", \"date\": \"next Tuesday\", \"text\": \"Officials met on Tuesday.\"}\n");

    Rejection rejection = rejectionOf(ErrorCode.UNPARSEABLE_DATE, jsonl.toString());

    assertThat(rejection.input()).isEqualTo(jsonl + ":1");
    assertThat(rejection.detail()).startsWith("field 'date': 'next Tuesday' is not a date");
  }

  @Test
  void open_dateThatIsNotACalendarDay_unparseableDate() throws IOException {
    Path jsonl = write("feb30.jsonl", "{\"title\": \"T\", \"published\": \"2019-02-30\", \"text\": \"Officials met.\"}\n");

    assertThat(rejectionOf(ErrorCode.UNPARSEABLE_DATE, jsonl.toString()).detail()).startsWith("field 'published': ").contains("30");
  }

  @Test
  void open_truncatedWarc_truncatedWarcNamesRecord() {
    List<Rejection> rejections = rejections(open(FormatTestBase.sample("warc_truncated/cut.warc.gz")));

    assertThat(rejections).singleElement().satisfies(rejection -> {
      assertThat(rejection.code()).isEqualTo(ErrorCode.TRUNCATED_WARC);
      assertThat(rejection.message()).startsWith(FormatTestBase.sample("warc_truncated/cut.warc.gz") + "#").contains("<" + WarcFixtures.LOST_URI + ">: truncated WARC record: ");
    });
  }

  @Test
  void open_mixOfGoodAndBadInputs_oneResultPerInputInOrder() throws IOException {
    Path good = write("good.txt", "Pompeo warns of threat\n\nPompeo warned the BBC that Russia was still a threat to American elections.");
    Path pdf = write("x.pdf", "%PDF");
    Path blank = write("blank.txt", "");

    List<ReadResult> results = open(temp.resolve("missing.txt").toString(), good.toString(), pdf.toString(), blank.toString(), good.toString());

    assertThat(results).extracting(result -> result instanceof ReadResult.Rejected rejected ? rejected.rejection().code().name() : "READ")
        .containsExactly("INPUT_NOT_FOUND", "READ", "UNKNOWN_FORMAT", "EMPTY_ARTICLE", "READ");
  }
}
