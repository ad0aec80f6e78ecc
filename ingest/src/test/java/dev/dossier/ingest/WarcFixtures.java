package dev.dossier.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.zip.GZIPOutputStream;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

/**
 * Writes the WARC sample files with jwarc, deterministically (fixed record ids and dates), so they
 * can be regenerated: {@code main} rewrites {@code src/test/resources/sample_docs/warc*} and the
 * gzipped JSONL used by the stdin test. Tests that need damaged archives build them from {@link
 * #records()} at run time.
 */
public final class WarcFixtures {

  static final String SPY_URI = "https://www.dailyledger.example/world/2019/09/10/us-extracted-spy-putin-role";
  static final String POMPEO_URI = "http://capitolwire.example/2018/02/01/russian-spy-chief-met-us-officials/";
  static final String LOST_URI = "https://www.dailyledger.example/world/2019/09/11/kremlin-denies-report";
  static final Instant CRAWLED = Instant.parse("2019-09-12T08:30:00Z");

  private WarcFixtures() {}

  public static void main(String[] args) throws IOException {
    Path root = Path.of(args.length > 0 ? args[0] : "src/test/resources/sample_docs");
    Files.write(root.resolve("warc/crawl.warc"), warc(records(), false));
    Files.write(root.resolve("warc_gz/crawl.warc.gz"), warc(records(), true));
    List<WarcRecord> withLost = new ArrayList<>(records());
    withLost.add(page(LOST_URI, 9, "text/html; charset=utf-8", lostPage().getBytes(StandardCharsets.UTF_8)));
    Written whole = write(withLost, true);
    long lostStart = whole.offsets().get(withLost.size() - 1);
    int cut = (int) (lostStart + (whole.bytes().length - lostStart) / 2);
    Files.write(root.resolve("warc_truncated/cut.warc.gz"), Arrays.copyOf(whole.bytes(), cut));
    Path jsonl = root.resolve("jsonl/wire.jsonl");
    Files.write(root.resolve("stdin/wire.jsonl.gz"), gzip(Files.readAllBytes(jsonl)));
  }

  /**
   * A small crawl: warcinfo, a request, the Daily Ledger page (UTF-8), a Capitol Wire page
   * (windows-1252, declared only in its meta tag), a 404, an image, a metadata record.
   */
  static List<WarcRecord> records() {
    try {
      List<WarcRecord> records = new ArrayList<>();
      records.add(new Warcinfo.Builder()
          .recordId(id(1))
          .date(CRAWLED)
          .fields(java.util.Map.of("software", List.of("dossier-test-fixtures"), "format", List.of("WARC File Format 1.1")))
          .build());
      records.add(new WarcRequest.Builder(URI.create(SPY_URI))
          .recordId(id(2))
          .date(CRAWLED)
          .body(new HttpRequest.Builder("GET", "/world/2019/09/10/us-extracted-spy-putin-role").addHeader("Host", "www.dailyledger.example").build())
          .build());
      records.add(page(SPY_URI, 3, "text/html; charset=utf-8", resource("/sample_docs/html/spy_extraction.html")));
      records.add(page(POMPEO_URI, 4, "text/html", pompeoPage().getBytes(Charset.forName("windows-1252"))));
      records.add(response("https://www.dailyledger.example/no-such-page", 5, 404, "Not Found", "text/html; charset=utf-8",
          "<html><body><h1>Page not found</h1><p>Sorry, we could not find that page. Try the search.</p></body></html>".getBytes(StandardCharsets.UTF_8)));
      records.add(response("https://www.dailyledger.example/img/summit.jpg", 6, 200, "OK", "image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10}));
      records.add(new WarcMetadata.Builder()
          .recordId(id(7))
          .date(CRAWLED)
          .body(MediaType.parse("application/warc-fields"), "outlinks: https://www.dailyledger.example/world\r\n".getBytes(StandardCharsets.UTF_8))
          .build());
      return records;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static WarcResponse page(String uri, int id, String contentType, byte[] html) throws IOException {
    return response(uri, id, 200, "OK", contentType, html);
  }

  static WarcResponse response(String uri, int id, int status, String reason, String contentType, byte[] body) throws IOException {
    HttpResponse http = new HttpResponse.Builder(status, reason).body(MediaType.parse(contentType), body).build();
    return new WarcResponse.Builder(URI.create(uri)).recordId(id(id)).date(CRAWLED).body(http).build();
  }

  /** A written WARC and where each record starts in it. */
  record Written(byte[] bytes, List<Long> offsets) {}

  /** The records as a WARC file, each record its own gzip member if {@code gzip}. */
  static byte[] warc(List<WarcRecord> records, boolean gzip) throws IOException {
    return write(records, gzip).bytes();
  }

  /** Writes the records; each can be written once only, since jwarc consumes their bodies. */
  static Written write(List<WarcRecord> records, boolean gzip) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Long> offsets = new ArrayList<>();
    try (WarcWriter writer = new WarcWriter(java.nio.channels.Channels.newChannel(out), gzip ? WarcCompression.GZIP : WarcCompression.NONE)) {
      for (WarcRecord record : records) {
        offsets.add((long) out.size());
        writer.write(record);
      }
    }
    return new Written(out.toByteArray(), offsets);
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gzip = new GZIPOutputStream(out)) {
      gzip.write(bytes);
    }
    return out.toByteArray();
  }

  static byte[] resource(String name) {
    try (InputStream in = WarcFixtures.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("missing test resource " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static URI id(int n) {
    return URI.create("urn:uuid:" + new UUID(0x00d05e1e00000000L, n));
  }

  /**
   * A blog-style page: no {@code <article>}, no Open Graph, the site's name after a dash in
   * {@code <title>}, typographic quotes in windows-1252.
   */
  static String pompeoPage() {
    return """
        <html>
        <head>
        <meta http-equiv="Content-Type" content="text/html; charset=windows-1252">
        <title>Russian spy chief met U.S. officials in United States last week - Capitol Wire</title>
        </head>
        <body>
        <div id="top"><a href="/">Capitol Wire</a> | <a href="/news">News</a> | <a href="/politics">Politics</a> | <a href="/contact">Contact</a></div>
        <div id="wrap">
          <div id="content">
            <h1>Russian spy chief met U.S. officials in United States last week</h1>
            <div class="entry">
              <p>CIA Director Mike Pompeo defended the meeting in a Thursday letter to Senate Minority Leader Chuck Schumer, declaring that he and other officials met with Russians for the same reason their predecessors did - \u201Cto keep Americans safe\u201D.</p>
              <p>Russian Ambassador to the U.S. Anatoly Antonov confirmed that Naryshkin was in Washington to meet with U.S. officials about terrorism and other matters.</p>
              <p>More news: Pay gap controversy at BBC an example of a \u2018bigger problem\u2019</p>
              <p>Naryshkin is among the senior Russian defense and intelligence officials who had previously been sanctioned by the Obama administration in 2014 in retaliation for Russian's invasion of Ukraine.</p>
              <p>Antonov did not identify the US intelligence officials with whom he met.</p>
              <p>Just this week, Pompeo warned in an interview with the BBC that Russian Federation was still a threat to American elections.</p>
            </div>
          </div>
          <div id="side">
            <h3>Recent Posts</h3>
            <ul><li><a href="/a">Senate panel schedules hearing</a></li><li><a href="/b">Markets close mixed</a></li><li><a href="/c">Weather: a cold week ahead</a></li></ul>
          </div>
        </div>
        <div id="foot">Copyright 2018 Capitol Wire. All rights reserved.</div>
        </body>
        </html>
        """;
  }

  /** The page cut short in the truncated fixture. */
  static String lostPage() {
    StringBuilder page = new StringBuilder("<html><head><title>Kremlin denies report of extracted informant</title></head><body><article>");
    for (int i = 1; i <= 40; i++) {
      page.append("<p>Paragraph ").append(i).append(" of a report that never arrived whole: the Kremlin said on Tuesday that the informant ")
          .append("had been dismissed years earlier, and officials declined to say more about case number ").append(i * 7919).append(".</p>");
    }
    return page.append("</article></body></html>").toString();
  }
}
