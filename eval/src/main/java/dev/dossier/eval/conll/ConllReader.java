package dev.dossier.eval.conll;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads the CoNLL-2003 format: one token per line as four whitespace-separated columns (token,
 * part of speech, chunk, named-entity tag), a blank line after each sentence, and a
 * {@code -DOCSTART-} line before each document. Named-entity tags may be IOB1 (the original
 * release: {@code B-} only between two adjacent names of one type) or IOB2 ({@code B-} on every
 * name's first token); the reader keeps them as written and {@link
 * dev.dossier.eval.ner.Chunks#fromIob} reads both.
 *
 * <p>A file without {@code -DOCSTART-} lines is one document. Only the token and tag columns are
 * kept: the evaluation gives every system the gold tokens and nothing else.
 *
 * <p>Stateless and thread-safe.
 */
public final class ConllReader {

  private static final Pattern COLUMNS = Pattern.compile("\\s+");
  private static final Pattern TAG = Pattern.compile("O|[BI]-[A-Za-z_]+");
  private static final String DOCSTART = "-DOCSTART-";

  private ConllReader() {}

  /**
   * Reads every document of a file.
   *
   * @throws DossierException {@link ErrorCode#INPUT_NOT_FOUND} if there is no such file, {@link
   *     ErrorCode#UNREADABLE_INPUT} if it cannot be read or a line is malformed, naming
   *     {@code file:line} and what was expected
   */
  public static List<ConllDocument> read(Path file) {
    try (BufferedReader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      return read(reader, file.toString());
    } catch (NoSuchFileException e) {
      throw new DossierException(ErrorCode.INPUT_NOT_FOUND, file + ": no such CoNLL file");
    } catch (IOException e) {
      throw new DossierException(ErrorCode.UNREADABLE_INPUT, file + ": cannot read CoNLL file: " + e.getMessage(), e);
    }
  }

  /**
   * Reads every document from a reader.
   *
   * @param name the input's name, used in messages as {@code name:line}
   * @throws DossierException {@link ErrorCode#UNREADABLE_INPUT} naming {@code name:line} if a line
   *     is malformed
   */
  public static List<ConllDocument> read(Reader reader, String name) throws IOException {
    BufferedReader lines = reader instanceof BufferedReader buffered ? buffered : new BufferedReader(reader);
    Builder builder = new Builder();
    int number = 0;
    for (String line = lines.readLine(); line != null; line = lines.readLine()) {
      number++;
      String trimmed = line.strip();
      if (trimmed.isEmpty()) {
        builder.endSentence();
        continue;
      }
      String[] columns = COLUMNS.split(trimmed);
      if (columns[0].equals(DOCSTART)) {
        builder.endDocument();
        builder.documentLine = number;
        continue;
      }
      if (columns.length != 4) {
        throw malformed(name, number, "expected 4 columns (token POS chunk NER), found " + columns.length + ": '" + trimmed + "'");
      }
      String tag = columns[3];
      if (!TAG.matcher(tag).matches()) {
        throw malformed(name, number, "named-entity tag '" + tag + "' is not O, B-TYPE or I-TYPE");
      }
      builder.add(number, columns[0], tag);
    }
    builder.endDocument();
    return builder.documents;
  }

  private static DossierException malformed(String name, int line, String detail) {
    return new DossierException(ErrorCode.UNREADABLE_INPUT, name + ":" + line + ": malformed CoNLL line: " + detail);
  }

  /** Collects tokens into sentences and sentences into documents as the lines go by. */
  private static final class Builder {
    final List<ConllDocument> documents = new ArrayList<>();
    final List<ConllSentence> sentences = new ArrayList<>();
    final List<String> words = new ArrayList<>();
    final List<String> tags = new ArrayList<>();
    int sentenceLine;
    int documentLine = 1;

    void add(int line, String word, String tag) {
      if (words.isEmpty()) {
        sentenceLine = line;
      }
      words.add(word);
      tags.add(tag);
    }

    void endSentence() {
      if (!words.isEmpty()) {
        sentences.add(new ConllSentence(sentenceLine, words, tags));
        words.clear();
        tags.clear();
      }
    }

    void endDocument() {
      endSentence();
      if (!sentences.isEmpty()) {
        documents.add(new ConllDocument(documents.size(), documentLine, sentences));
        sentences.clear();
      }
    }
  }
}
