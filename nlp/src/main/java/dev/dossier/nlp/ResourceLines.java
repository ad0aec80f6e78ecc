package dev.dossier.nlp;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * The lines of a bundled text resource (a lexicon, a word list, a table), read once by the class
 * that owns it. Blank lines and comment lines (their first non-blank character {@code #}) are left
 * out; the others keep their text as written, tabs and all, and their 1-based line number, so a
 * parser can name the line it rejects.
 */
public final class ResourceLines {

  /** One line of a resource: its number in the file and its text. */
  public record Line(int number, String text) {}

  private ResourceLines() {}

  /**
   * Reads a resource that lies beside {@code owner} (in its package).
   *
   * @throws DossierException {@link ErrorCode#NO_MODELS}, naming the resource, if it is missing from
   *     the classpath or cannot be read
   */
  public static List<Line> of(Class<?> owner, String name) {
    String path = owner.getPackageName().replace('.', '/') + "/" + name;
    List<Line> lines = new ArrayList<>();
    try (InputStream in = owner.getResourceAsStream(name)) {
      if (in == null) {
        throw new DossierException(ErrorCode.NO_MODELS, "resource " + path + " is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String text;
      int number = 0;
      while ((text = reader.readLine()) != null) {
        number++;
        if (!text.isBlank() && !text.strip().startsWith("#")) {
          lines.add(new Line(number, text));
        }
      }
    } catch (IOException e) {
      throw new DossierException(ErrorCode.NO_MODELS, "cannot read resource " + path + ": " + e.getMessage(), e);
    }
    return lines;
  }
}
