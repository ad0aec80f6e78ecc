package dev.dossier.ingest;

import dev.dossier.core.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.util.NoSuchElementException;

/**
 * An input that is one article (a .txt or .html file): read whole when asked for, parsed by a
 * {@link Parser}. A single article is small, so holding its bytes is fine.
 */
final class SingleDocumentReader implements SourceReader {

  /** Bytes of one document to one result. */
  interface Parser {
    ReadResult parse(byte[] bytes);
  }

  private final String name;
  private final InputStream in;
  private final Parser parser;
  private boolean done;
  private long bytesRead;

  SingleDocumentReader(String name, InputStream in, Parser parser) {
    this.name = name;
    this.in = in;
    this.parser = parser;
  }

  @Override
  public boolean hasNext() {
    return !done;
  }

  @Override
  public ReadResult next() {
    if (done) {
      throw new NoSuchElementException();
    }
    done = true;
    try {
      byte[] bytes = in.readAllBytes();
      bytesRead = bytes.length;
      return parser.parse(bytes);
    } catch (IOException e) {
      return ArticleAssembler.rejected(name, ErrorCode.UNREADABLE_INPUT, Messages.describe(e));
    } finally {
      close();
    }
  }

  @Override
  public long bytesRead() {
    return bytesRead;
  }

  @Override
  public void close() {
    try {
      in.close();
    } catch (IOException e) {
      // the bytes are read or the failure is reported; a failed close changes neither
    }
  }
}
