package dev.dossier.ingest;

import dev.dossier.core.ErrorCode;
import dev.dossier.core.Rejection;
import dev.dossier.ingest.clean.Cleaner;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Opens inputs for reading: files, directories and stdin, in any of the formats this module reads.
 *
 * <p>Thread-safe: it holds no state.
 */
public final class Inputs {

  /** The name that stands for standard input in a list of paths. */
  public static final String STDIN = "-";

  private Inputs() {}

  /**
   * Opens a stream of articles over the given paths, in order. Each path is a file (its format
   * told by its extension: {@value Format#KNOWN_EXTENSIONS}), a directory (walked recursively in
   * sorted order, skipping hidden files and directories), or {@code "-"} for standard input (its
   * format sniffed from its first bytes).
   *
   * <p>Never throws for a bad input: a missing path, an unknown extension or an unreadable file
   * comes out of the stream as a {@link ReadResult.Rejected} in its place. Directories are listed
   * now, so that {@link ArticleStream#bytesTotal()} is known; files are read only as the stream is
   * consumed.
   *
   * @param paths files, directories or {@code "-"}
   * @param options defaults for what inputs lack; {@code null} means {@link IngestOptions#NONE}
   * @throws NullPointerException if {@code paths} or one of its elements is null
   */
  public static ArticleStream open(List<String> paths, IngestOptions options) {
    return open(paths, options, System.in);
  }

  /** As {@link #open(List, IngestOptions)}, reading {@code "-"} from the given stream. */
  static ArticleStream open(List<String> paths, IngestOptions options, InputStream stdin) {
    Objects.requireNonNull(paths, "paths");
    List<Input> inputs = new ArrayList<>();
    for (String path : paths) {
      expand(Objects.requireNonNull(path, "path"), inputs);
    }
    long total = 0;
    for (Input input : inputs) {
      if (input instanceof Input.Stdin) {
        total = -1;
        break;
      }
      total += input.size();
    }
    ArticleAssembler assembler = new ArticleAssembler(Cleaner.standard(), options == null ? IngestOptions.NONE : options);
    return new InputsStream(inputs, total, assembler, stdin);
  }

  private static void expand(String given, List<Input> inputs) {
    if (given.equals(STDIN)) {
      inputs.add(new Input.Stdin());
      return;
    }
    Path path;
    try {
      path = Path.of(given);
    } catch (InvalidPathException e) {
      inputs.add(failed(given, ErrorCode.INPUT_NOT_FOUND, "not a valid path: " + e.getReason()));
      return;
    }
    if (Files.isDirectory(path)) {
      walk(path, inputs, new HashSet<>());
    } else if (Files.exists(path)) {
      addFile(path, inputs);
    } else {
      String detail = path.isAbsolute() ? "" : "looked for " + path.toAbsolutePath();
      inputs.add(failed(given, ErrorCode.INPUT_NOT_FOUND, detail));
    }
  }

  /** Depth-first in name order, files and directories interleaved as {@code ls -R} would sort them. */
  private static void walk(Path directory, List<Input> inputs, Set<Path> visited) {
    try {
      if (!visited.add(directory.toRealPath())) {
        return;
      }
    } catch (IOException e) {
      inputs.add(failed(directory.toString(), ErrorCode.UNREADABLE_INPUT, Messages.describe(e)));
      return;
    }
    List<Path> children = new ArrayList<>();
    try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
      for (Path child : entries) {
        children.add(child);
      }
    } catch (IOException e) {
      inputs.add(failed(directory.toString(), ErrorCode.UNREADABLE_INPUT, "cannot list directory: " + Messages.describe(e)));
      return;
    }
    children.sort(Comparator.comparing(child -> child.getFileName().toString()));
    for (Path child : children) {
      if (isHidden(child)) {
        continue;
      }
      if (Files.isDirectory(child)) {
        walk(child, inputs, visited);
      } else if (Files.isRegularFile(child)) {
        addFile(child, inputs);
      }
    }
  }

  private static void addFile(Path path, List<Input> inputs) {
    String name = path.toString();
    Format format = Format.ofFileName(path.getFileName().toString());
    if (format == null) {
      inputs.add(failed(name, ErrorCode.UNKNOWN_FORMAT, "unknown extension; expected one of " + Format.KNOWN_EXTENSIONS));
      return;
    }
    if (!Files.isReadable(path)) {
      inputs.add(failed(name, ErrorCode.UNREADABLE_INPUT, "permission denied"));
      return;
    }
    long size;
    try {
      size = Files.size(path);
    } catch (IOException e) {
      inputs.add(failed(name, ErrorCode.UNREADABLE_INPUT, Messages.describe(e)));
      return;
    }
    inputs.add(new Input.File(path, name, format, size));
  }

  private static boolean isHidden(Path path) {
    Path fileName = path.getFileName();
    return fileName != null && fileName.toString().startsWith(".");
  }

  private static Input failed(String input, ErrorCode code, String detail) {
    return new Input.Failed(new Rejection(input, code, detail));
  }
}
