package dev.dossier.ingest;

import dev.dossier.core.ErrorCode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.channels.FileChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.zip.GZIPInputStream;

/**
 * The {@link ArticleStream} over a list of inputs: opens one input at a time, in order, and turns
 * anything that escapes a reader into a rejection of that input.
 */
final class InputsStream implements ArticleStream {

  private final Deque<Input> pending;
  private final long bytesTotal;
  private final ArticleAssembler assembler;
  private final InputStream stdin;
  private Input currentInput;
  private SourceReader current;
  private volatile long bytesDone;
  private ReadResult next;
  private boolean closed;

  InputsStream(List<Input> inputs, long bytesTotal, ArticleAssembler assembler, InputStream stdin) {
    this.pending = new ArrayDeque<>(inputs);
    this.bytesTotal = bytesTotal;
    this.assembler = assembler;
    this.stdin = stdin;
  }

  @Override
  public boolean hasNext() {
    while (next == null && !closed) {
      if (current != null) {
        try {
          if (current.hasNext()) {
            next = current.next();
            break;
          }
        } catch (RuntimeException e) {
          next = ArticleAssembler.rejected(currentInput.name(), ErrorCode.UNREADABLE_INPUT, Messages.describe(e) + "; stopped reading this input");
        }
        finishCurrent();
        continue;
      }
      Input input = pending.poll();
      if (input == null) {
        break;
      }
      open(input);
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
    SourceReader reader = current;
    long inCurrent = 0;
    if (reader != null) {
      try {
        inCurrent = reader.bytesRead();
      } catch (RuntimeException e) {
        // progress is advisory; a reader mid-close may not know its position
      }
    }
    return bytesDone + inCurrent;
  }

  @Override
  public long bytesTotal() {
    return bytesTotal;
  }

  @Override
  public void close() {
    closed = true;
    next = null;
    if (current != null) {
      current.close();
      current = null;
    }
    pending.clear();
  }

  private void open(Input input) {
    currentInput = input;
    switch (input) {
      case Input.Failed failed -> next = new ReadResult.Rejected(failed.rejection());
      case Input.Stdin stdinInput -> {
        try {
          current = StdinReaders.open(stdin, assembler);
        } catch (IOException | RuntimeException e) {
          next = ArticleAssembler.rejected(input.name(), ErrorCode.UNREADABLE_INPUT, Messages.describe(e));
        }
      }
      case Input.File file -> {
        try {
          current = openFile(file);
        } catch (NoSuchFileException e) {
          next = ArticleAssembler.rejected(file.name(), ErrorCode.INPUT_NOT_FOUND, "it disappeared before it could be read");
        } catch (AccessDeniedException e) {
          next = ArticleAssembler.rejected(file.name(), ErrorCode.UNREADABLE_INPUT, "permission denied");
        } catch (IOException | RuntimeException e) {
          next = ArticleAssembler.rejected(file.name(), ErrorCode.UNREADABLE_INPUT, Messages.describe(e));
        }
      }
    }
    if (current == null) {
      bytesDone += input.size();
    }
  }

  private SourceReader openFile(Input.File file) throws IOException {
    String name = file.name();
    return switch (file.format()) {
      case TEXT -> new SingleDocumentReader(name, Files.newInputStream(file.path()), bytes -> Documents.text(bytes, name, assembler));
      case HTML -> new SingleDocumentReader(name, Files.newInputStream(file.path()), bytes -> Documents.html(bytes, name, assembler));
      case JSONL -> {
        CountingInputStream counted = new CountingInputStream(Files.newInputStream(file.path()));
        try {
          InputStream lines = Format.isGzipped(name) ? new GZIPInputStream(counted, 64 * 1024) : counted;
          yield new JsonlReader(name, lines, counted::count, assembler);
        } catch (IOException e) {
          counted.close();
          throw e;
        }
      }
      case WARC -> {
        FileChannel channel = FileChannel.open(file.path());
        try {
          yield WarcSource.open(name, channel, assembler);
        } catch (IOException | RuntimeException e) {
          channel.close();
          throw e;
        }
      }
    };
  }

  private void finishCurrent() {
    long consumed = currentInput instanceof Input.Stdin ? current.bytesRead() : currentInput.size();
    current.close();
    current = null;
    bytesDone += consumed;
  }
}
