package dev.dossier.ingest;

import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.zip.GZIPInputStream;

/**
 * Standard input, whose format has no file name to tell it: gzip is unwrapped and the content
 * sniffed ({@link Format#sniff}). A gzipped WARC is handed to jwarc still compressed, since it reads
 * gzip members record by record.
 */
final class StdinReaders {

  private static final int MARK_LIMIT = 64 * 1024;
  private static final int SNIFF_BYTES = 8 * 1024;

  private StdinReaders() {}

  /** Opens a reader for stdin. The process's stdin is never closed by it. */
  static SourceReader open(InputStream stdin, ArticleAssembler assembler) throws IOException {
    String name = Input.Stdin.NAME;
    CountingInputStream counted = new CountingInputStream(new FilterInputStream(stdin) {
      @Override
      public void close() {
        // stdin belongs to the process, not to this reader
      }
    });
    BufferedInputStream in = new BufferedInputStream(counted, MARK_LIMIT);
    byte[] head = peek(in);
    InputStream content = in;
    Format format;
    if (Format.isGzip(head, head.length)) {
      in.mark(MARK_LIMIT);
      byte[] inner;
      try {
        inner = new GZIPInputStream(new FilterInputStream(in) {
          @Override
          public void close() {
            // only peeking: the buffered stream stays open for the real reader
          }
        }).readNBytes(SNIFF_BYTES);
      } catch (IOException e) {
        inner = new byte[0];
      }
      in.reset();
      format = Format.sniff(inner, inner.length);
      if (format != Format.WARC) {
        content = new GZIPInputStream(in);
      }
    } else {
      format = Format.sniff(head, head.length);
    }
    return switch (format) {
      case TEXT -> new SingleDocumentReader(name, content, bytes -> Documents.text(bytes, name, assembler));
      case HTML -> new SingleDocumentReader(name, content, bytes -> Documents.html(bytes, name, assembler));
      case JSONL -> new JsonlReader(name, content, counted::count, assembler);
      case WARC -> WarcSource.open(name, content, counted::count, assembler);
    };
  }

  private static byte[] peek(BufferedInputStream in) throws IOException {
    in.mark(MARK_LIMIT);
    byte[] head = in.readNBytes(SNIFF_BYTES);
    in.reset();
    return head;
  }
}
