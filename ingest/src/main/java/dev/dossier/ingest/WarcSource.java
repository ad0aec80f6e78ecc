package dev.dossier.ingest;

import dev.dossier.core.ErrorCode;
import dev.dossier.ingest.ArticleAssembler.Draft;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.LongSupplier;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcTruncationReason;

/**
 * WARC and WARC.gz, record by record: every {@code response} record with HTTP status 200 and an
 * HTML content type becomes an article; other records are skipped without a word. Its url is the
 * WARC-Target-URI; its date and source come from the page, else from the WARC-Date and the target's
 * host; its charset from the HTTP header, else the page's meta tag, else UTF-8.
 *
 * <p>A record that is cut short or corrupt is one {@link ErrorCode#TRUNCATED_WARC} rejection named
 * {@code file#offset <uri>}. Reading then resumes at the next record boundary the file offers (the
 * next gzip member, or the next {@code WARC/1.} header); the rejection says where it resumed, or,
 * if nothing readable follows, that the rest of the file was given up. So one damaged region gives
 * one message, however many bytes it spans. A stream (stdin) cannot be searched, so there the first
 * damage ends the input.
 */
final class WarcSource implements SourceReader {

  /** Larger pages are not news articles, and holding them would risk the heap. */
  static final int MAX_PAGE_BYTES = 32 * 1024 * 1024;

  private final String name;
  private final FileChannel channel;
  private final InputStream stream;
  private final LongSupplier bytesRead;
  private final ArticleAssembler assembler;
  private final Deque<ReadResult> ready = new ArrayDeque<>();
  private WarcReader reader;
  private WarcRecord resumed;
  private long lastOffset = -1;
  private String lastUri;
  private boolean done;
  private long bytesAtClose = -1;

  private WarcSource(String name, FileChannel channel, InputStream stream, LongSupplier bytesRead, ArticleAssembler assembler) throws IOException {
    this.name = name;
    this.channel = channel;
    this.stream = stream;
    this.bytesRead = bytesRead;
    this.assembler = assembler;
    this.reader = channel != null ? new WarcReader(channel) : new WarcReader(stream);
  }

  /** Reads a WARC file, resuming after damage. */
  static WarcSource open(String name, FileChannel channel, ArticleAssembler assembler) throws IOException {
    return new WarcSource(name, channel, null, () -> position(channel), assembler);
  }

  /** Reads a WARC stream, stopping at the first damage. */
  static WarcSource open(String name, InputStream stream, LongSupplier bytesRead, ArticleAssembler assembler) throws IOException {
    return new WarcSource(name, null, stream, bytesRead, assembler);
  }

  @Override
  public boolean hasNext() {
    while (ready.isEmpty() && !done) {
      step();
    }
    return !ready.isEmpty();
  }

  @Override
  public ReadResult next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return ready.poll();
  }

  @Override
  public long bytesRead() {
    return bytesAtClose >= 0 ? bytesAtClose : bytesRead.getAsLong();
  }

  /** Closes the input; a file given up on counts as read to its end, so progress still completes. */
  @Override
  public void close() {
    if (done) {
      return;
    }
    bytesAtClose = channel != null ? size(channel) : bytesRead.getAsLong();
    done = true;
    try {
      reader.close();
    } catch (IOException e) {
      // reading is over either way
    }
  }

  private void step() {
    WarcRecord record;
    if (resumed != null) {
      record = resumed;
      resumed = null;
    } else {
      try {
        Optional<WarcRecord> read = reader.next();
        if (read.isEmpty()) {
          close();
          return;
        }
        record = read.get();
      } catch (IOException | RuntimeException e) {
        // jwarc moves its position to a record only once the previous one is fully consumed, so an
        // unchanged position means the previous record's tail is what broke.
        long offset = reader.position();
        String uri = offset == lastOffset ? lastUri : WarcSalvage.targetUri(channel, offset, reader.compression());
        damaged(offset, uri, e);
        return;
      }
    }
    lastOffset = reader.position();
    lastUri = null;
    if (record instanceof WarcResponse response) {
      lastUri = response.target();
      read(response, lastOffset, lastUri);
    }
  }

  private void read(WarcResponse response, long offset, String uri) {
    String origin = name + "#" + offset + " <" + uri + ">";
    byte[] page;
    HttpResponse http;
    try {
      http = response.http();
      if (http.status() != 200 || !isHtml(http.contentType())) {
        return;
      }
      page = readPage(http);
    } catch (IOException | RuntimeException e) {
      damaged(offset, uri, e);
      return;
    }
    if (page == null) {
      ready.add(ArticleAssembler.rejected(origin, ErrorCode.UNREADABLE_INPUT, "page larger than " + MAX_PAGE_BYTES + " bytes; skipped"));
      return;
    }
    if (response.truncated() != WarcTruncationReason.NOT_TRUNCATED) {
      String reason = response.truncated().name().toLowerCase(Locale.ROOT);
      ready.add(ArticleAssembler.rejected(origin, ErrorCode.TRUNCATED_WARC, "the crawler cut this record short (WARC-Truncated: " + reason + ")"));
      return;
    }
    String html;
    try {
      html = Decoding.html(page, http.contentType().parameters().get("charset"));
    } catch (Decoding.InvalidUtf8Exception e) {
      ready.add(ArticleAssembler.rejected(origin, ErrorCode.INVALID_UTF8, e.getMessage() + " of the page"));
      return;
    }
    LocalDate crawled = response.date() == null ? null : LocalDate.ofInstant(response.date(), ZoneOffset.UTC);
    // The address the page was fetched from is its url, whatever it says its canonical address is.
    Draft given = new Draft(origin, null, uri, null, null, null, "", List.of());
    ready.add(HtmlArticles.read(html, given, uri, uri, crawled, assembler));
  }

  private static boolean isHtml(MediaType type) {
    String base = type.base().toString().toLowerCase(Locale.ROOT);
    return base.equals("text/html") || base.equals("application/xhtml+xml");
  }

  /** The decoded HTTP payload, or null if it is larger than {@link #MAX_PAGE_BYTES}. */
  private static byte[] readPage(HttpResponse http) throws IOException {
    try (InputStream body = http.bodyDecoded().stream()) {
      byte[] bytes = body.readNBytes(MAX_PAGE_BYTES + 1);
      return bytes.length > MAX_PAGE_BYTES ? null : bytes;
    }
  }

  /** Reports one damaged record and moves past it, or gives up on the rest of the file. */
  private void damaged(long offset, String uri, Exception cause) {
    String input = name + "#" + offset + (uri == null ? "" : " <" + uri + ">");
    String detail = Messages.describe(cause);
    if (channel == null) {
      ready.add(ArticleAssembler.rejected(input, ErrorCode.TRUNCATED_WARC, detail + "; cannot resume in a stream, stopped reading it"));
      close();
      return;
    }
    long resumeAt = resync(offset);
    if (resumeAt < 0) {
      ready.add(ArticleAssembler.rejected(input, ErrorCode.TRUNCATED_WARC, detail + "; nothing readable after it, stopped reading this file"));
      close();
    } else {
      ready.add(ArticleAssembler.rejected(input, ErrorCode.TRUNCATED_WARC, detail + "; resumed at offset " + resumeAt));
    }
  }

  /**
   * Finds the first record after {@code offset} that parses, and makes it the next one read.
   *
   * @return its offset, or -1 if there is none
   */
  private long resync(long offset) {
    boolean gzip = reader.compression() == WarcCompression.GZIP;
    long from = offset + 1;
    while (true) {
      long candidate;
      try {
        candidate = WarcSalvage.nextRecordStart(channel, from, gzip);
      } catch (IOException e) {
        return -1;
      }
      if (candidate < 0) {
        return -1;
      }
      try {
        channel.position(candidate);
        WarcReader fresh = new WarcReader(channel);
        Optional<WarcRecord> record = fresh.next();
        if (record.isPresent()) {
          reader = fresh;
          resumed = record.get();
          return candidate;
        }
      } catch (IOException | RuntimeException e) {
        // a false boundary (gzip magic bytes inside compressed data, say): keep looking
      }
      from = candidate + 1;
    }
  }

  private static long size(FileChannel channel) {
    try {
      return channel.size();
    } catch (IOException e) {
      return position(channel);
    }
  }

  private static long position(FileChannel channel) {
    try {
      return channel.isOpen() ? channel.position() : 0;
    } catch (IOException e) {
      return 0;
    }
  }
}
