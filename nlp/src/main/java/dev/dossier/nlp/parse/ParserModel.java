package dev.dossier.nlp.parse;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;

/**
 * The weights and vocabularies of one of CoreNLP's neural dependency-parser models (Chen and
 * Manning 2014), read from its text model file into flat {@code float} arrays laid out for the
 * loops of {@link HiddenLayer}: every vector the scorer adds or scales is one contiguous run of
 * floats, which the C2 compiler turns into SIMD code without the incubating Vector API.
 *
 * <p>The file is CoreNLP's legacy text format (no {@code language=} line): seven {@code key=N}
 * header lines (words, tags, labels, embedding size, hidden size, feature count, precomputed
 * count), one line per embedding ("word v1 ... v50": the words, opening with {@code -UNKNOWN-},
 * {@code -NULL-} and {@code -ROOT-}, then the tags likewise, then the labels, opening with
 * {@code -NULL-} and the root's label), then W1 one
 * input column per line, b1 on one line, W2 one hidden unit per line, and the ids of the frequent
 * (feature, position) pairs, a hundred a line, most frequent first. Numbers are parsed with
 * {@link Float#parseFloat}, as CoreNLP does, so the weights are bit for bit CoreNLP's.
 *
 * <p>Immutable after loading and safe to share between threads.
 */
final class ParserModel {

  /** CoreNLP's marker for a word or tag outside the vocabulary (and the embedding it maps to). */
  static final String UNKNOWN = "-UNKNOWN-";
  /** CoreNLP's marker for a position past the stack, the buffer or a node's children. */
  static final String NULL = "-NULL-";
  /** CoreNLP's marker for the artificial root. */
  static final String ROOT = "-ROOT-";

  final int embeddingSize;
  final int hiddenSize;
  final int featureCount;
  /** Rows of the embedding matrix: words, then tags, then labels; a feature's value is a row. */
  final int embeddingRows;
  /** Row {@code r}'s embedding is {@code embeddings[r * embeddingSize ...]}. */
  final float[] embeddings;
  /**
   * W1 by input column: the weights from input {@code c} (feature {@code c / embeddingSize},
   * embedding dimension {@code c % embeddingSize}) to every hidden unit are {@code w1Columns[c]}.
   * One array per column, not one flat array, because C2 vectorises {@code a[i] += x * b[i]} but
   * not {@code a[i] += x * b[offset + i]}, which it cannot prove free of aliasing.
   */
  final float[][] w1Columns;
  final float[] b1;
  /** W2 by hidden unit: the weights from hidden unit {@code h} to every transition are {@code w2Rows[h]}. */
  final float[][] w2Rows;
  final int transitionCount;
  /** The arc labels in transition order (CoreNLP's label list without {@code -NULL-}); the first is the root's. */
  final String[] arcLabels;
  /** The embedding row of each arc label, indexed like {@link #arcLabels}. */
  final int[] arcLabelRows;
  /** The embedding row of the {@code -NULL-} label, the label feature of a missing child. */
  final int nullLabelRow;
  /** (feature value × featureCount + position) ids of the frequent pairs, most frequent first. */
  final int[] frequentPairs;

  private final Map<String, Integer> wordRows;
  private final Map<String, Integer> tagRows;
  private final int unknownWordRow;
  private final int unknownTagRow;

  private ParserModel(Header header, float[] embeddings, float[][] w1Columns, float[] b1, float[][] w2Rows, Map<String, Integer> wordRows,
      Map<String, Integer> tagRows, String[] labels, int[] frequentPairs) {
    this.embeddingSize = header.embeddingSize;
    this.hiddenSize = header.hiddenSize;
    this.featureCount = header.featureCount;
    this.embeddingRows = header.words + header.tags + header.labels;
    this.embeddings = embeddings;
    this.w1Columns = w1Columns;
    this.b1 = b1;
    this.w2Rows = w2Rows;
    this.transitionCount = header.labels * 2 - 1;
    this.wordRows = wordRows;
    this.tagRows = tagRows;
    this.unknownWordRow = wordRows.get(UNKNOWN);
    this.unknownTagRow = tagRows.get(UNKNOWN);
    int firstLabelRow = header.words + header.tags;
    this.nullLabelRow = firstLabelRow + Arrays.asList(labels).indexOf(NULL);
    this.arcLabels = Arrays.copyOfRange(labels, 1, labels.length);
    this.arcLabelRows = new int[arcLabels.length];
    for (int i = 0; i < arcLabels.length; i++) {
      arcLabelRows[i] = firstLabelRow + 1 + i;
    }
    this.frequentPairs = frequentPairs;
  }

  /** The embedding row of a word: the word's own if the model knows it (case as given), else {@code -UNKNOWN-}'s. */
  int wordRow(String word) {
    Integer row = wordRows.get(word);
    return row == null ? unknownWordRow : row;
  }

  /** The embedding row of a part-of-speech tag, {@code -UNKNOWN-}'s if the model does not know it (or it is null). */
  int tagRow(String tag) {
    Integer row = tag == null ? null : tagRows.get(tag);
    return row == null ? unknownTagRow : row;
  }

  /**
   * Reads a model file from the class path (gzipped if its name ends in {@code .gz}).
   *
   * @throws IOException if it is missing, unreadable or not in the format above
   */
  static ParserModel load(String resource) throws IOException {
    InputStream raw = ParserModel.class.getClassLoader().getResourceAsStream(resource);
    if (raw == null) {
      throw new IOException("no " + resource + " on the class path");
    }
    InputStream in = resource.endsWith(".gz") ? new GZIPInputStream(raw, 1 << 16) : raw;
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8), 1 << 16)) {
      return read(reader, resource);
    }
  }

  private static ParserModel read(BufferedReader reader, String name) throws IOException {
    Lines lines = new Lines(reader, name);
    Header header = Header.read(lines);
    int e = header.embeddingSize;
    int h = header.hiddenSize;
    int rows = header.words + header.tags + header.labels;
    float[] embeddings = new float[rows * e];
    Map<String, Integer> wordRows = new HashMap<>(header.words * 2);
    Map<String, Integer> tagRows = new HashMap<>(header.tags * 2);
    String[] labels = new String[header.labels];
    for (int row = 0; row < rows; row++) {
      String[] fields = lines.fields(e + 1);
      if (row < header.words) {
        wordRows.put(fields[0], row);
      } else if (row < header.words + header.tags) {
        tagRows.put(fields[0], row);
      } else {
        labels[row - header.words - header.tags] = fields[0];
      }
      for (int i = 0; i < e; i++) {
        embeddings[row * e + i] = Float.parseFloat(fields[i + 1]);
      }
    }
    int inputs = e * header.featureCount;
    float[][] w1Columns = new float[inputs][h];
    for (int column = 0; column < inputs; column++) {
      lines.floats(h, w1Columns[column], 0);
    }
    float[] b1 = new float[h];
    lines.floats(h, b1, 0);
    int transitions = header.labels * 2 - 1;
    float[][] w2Rows = new float[h][transitions];
    for (int unit = 0; unit < h; unit++) {
      lines.floats(transitions, w2Rows[unit], 0);
    }
    int[] frequent = new int[header.precomputed];
    int read = 0;
    while (read < frequent.length) {
      for (String id : lines.next().split(" ")) {
        if (read < frequent.length) {
          frequent[read++] = Integer.parseInt(id);
        }
      }
    }
    if (!List.of(labels).contains(NULL) || !wordRows.containsKey(UNKNOWN) || !tagRows.containsKey(UNKNOWN)) {
      throw new IOException(name + ": the vocabularies lack CoreNLP's " + UNKNOWN + " or " + NULL + " entries");
    }
    return new ParserModel(header, embeddings, w1Columns, b1, w2Rows, wordRows, tagRows, labels, frequent);
  }

  private record Header(int words, int tags, int labels, int embeddingSize, int hiddenSize, int featureCount, int precomputed) {
    static Header read(Lines lines) throws IOException {
      String[] keys = {"dict", "pos", "label", "embeddingSize", "hiddenSize", "numTokens", "preComputed"};
      int[] values = new int[keys.length];
      for (int k = 0; k < keys.length; k++) {
        String line = lines.next();
        if (!line.startsWith(keys[k] + "=")) {
          throw new IOException(lines.name + ": expected " + keys[k] + "=N on line " + lines.number + ", found \"" + line + "\"");
        }
        values[k] = Integer.parseInt(line.substring(keys[k].length() + 1).trim());
      }
      return new Header(values[0], values[1], values[2], values[3], values[4], values[5], values[6]);
    }
  }

  /** The model file's lines, with the line number for the error message. */
  private static final class Lines {
    private final BufferedReader reader;
    private final String name;
    private int number;

    Lines(BufferedReader reader, String name) {
      this.reader = reader;
      this.name = name;
    }

    String next() throws IOException {
      String line = reader.readLine();
      number++;
      if (line == null) {
        throw new IOException(name + ": ends early, at line " + number);
      }
      return line;
    }

    String[] fields(int count) throws IOException {
      String[] fields = next().split(" ");
      if (fields.length < count) {
        throw new IOException(name + ": line " + number + " has " + fields.length + " fields, expected " + count);
      }
      return fields;
    }

    void floats(int count, float[] into, int at) throws IOException {
      String[] fields = fields(count);
      for (int i = 0; i < count; i++) {
        into[at + i] = Float.parseFloat(fields[i]);
      }
    }
  }
}
