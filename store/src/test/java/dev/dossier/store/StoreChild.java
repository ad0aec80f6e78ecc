package dev.dossier.store;

import dev.dossier.core.Doc;
import dev.dossier.core.DossierException;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The other process of the durability tests, started in a child JVM on the test classpath.
 *
 * <ul>
 *   <li>{@code commit-loop DIR FIRST SIZE}: commits batch FIRST, FIRST+1, ... of SIZE generated
 *       documents each, printing {@code committed K} after each commit returns, until killed;
 *   <li>{@code open DIR}: tries to open the store and prints {@code opened} or {@code CODE message}.
 * </ul>
 */
public final class StoreChild {

  private StoreChild() {}

  public static void main(String[] args) throws IOException {
    Path dir = Path.of(args[1]);
    switch (args[0]) {
      case "commit-loop" -> commitLoop(dir, Integer.parseInt(args[2]), Integer.parseInt(args[3]));
      case "open" -> {
        try (Store store = Store.open(dir)) {
          System.out.println("opened " + store.lastBatch());
        } catch (DossierException e) {
          System.out.println(e.code() + " " + e.getMessage());
        }
      }
      default -> throw new IllegalArgumentException("unknown mode " + args[0]);
    }
  }

  private static void commitLoop(Path dir, int first, int size) {
    Store store = Store.open(dir);
    System.out.println("ready");
    System.out.flush();
    for (int k = first; ; k++) {
      store.commit(Batch.of(batch(k, size)));
      System.out.println("committed " + k);
      System.out.flush();
    }
  }

  /** Batch {@code k} of the kill test: the same documents every time it is asked for. */
  static List<Doc> batch(int k, int size) {
    List<Doc> docs = new ArrayList<>();
    for (int i = 0; i < size; i++) {
      docs.add(Fixtures.generated(id(k, i), code(k, i), k * size + i));
    }
    return docs;
  }

  static String id(int k, int i) {
    return "kill-" + k + "-" + i;
  }

  /** A title word unique to one document. */
  static String code(int k, int i) {
    return "zq" + k + "x" + i;
  }
}
