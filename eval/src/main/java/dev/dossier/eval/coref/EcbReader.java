package dev.dossier.eval.coref;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.Node;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * Reads ECB+ annotated XML (CROMER format: {@code <token t_id sentence number>}, markables with
 * {@code <token_anchor>} children, {@code CROSS_DOC_COREF} relations whose {@code note} is the
 * instance id shared across documents). Keeps the entity markables: {@code HUMAN_PART_*} and
 * {@code LOC_*}; events, times and non-human participants are left out.
 */
public final class EcbReader {

  private EcbReader() {}

  /**
   * Every {@code *.xml} under the folder (topic subfolders included), sorted by topic, then
   * subtopic, then document number, as the corpus is usually ordered.
   *
   * @throws DossierException {@link ErrorCode#INPUT_NOT_FOUND} if the folder does not exist or
   *     holds no XML; {@link ErrorCode#UNREADABLE_INPUT} naming the file if one cannot be parsed
   */
  public static List<EcbDocument> readAll(Path folder) {
    if (!Files.isDirectory(folder)) {
      throw new DossierException(ErrorCode.INPUT_NOT_FOUND, folder + ": no such folder (expected ECB+ XML, such as ../shared/eval/ecbplus/xml)");
    }
    List<Path> files;
    try (Stream<Path> walk = Files.walk(folder)) {
      files = walk.filter(p -> p.getFileName().toString().endsWith(".xml")).sorted((a, b) -> order(a).compareTo(order(b))).toList();
    } catch (IOException e) {
      throw new DossierException(ErrorCode.UNREADABLE_INPUT, folder + ": " + e.getMessage(), e);
    }
    if (files.isEmpty()) {
      throw new DossierException(ErrorCode.INPUT_NOT_FOUND, folder + ": no .xml files found");
    }
    List<EcbDocument> documents = new ArrayList<>();
    for (Path file : files) {
      documents.add(read(file));
    }
    return documents;
  }

  private static String order(Path file) {
    String name = file.getFileName().toString();
    String[] parts = name.replace(".xml", "").split("_");
    String topic = parts[0];
    String rest = parts.length > 1 ? parts[1] : "";
    String number = rest.replaceAll("\\D", "");
    String kind = rest.replaceAll("\\d", "");
    return String.format("%05d %s %05d", parse(topic), kind, parse(number));
  }

  private static int parse(String digits) {
    try {
      return Integer.parseInt(digits);
    } catch (NumberFormatException e) {
      return 0;
    }
  }

  /** Reads one document. */
  public static EcbDocument read(Path file) {
    Document xml;
    try {
      DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();
      factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
      DocumentBuilder builder = factory.newDocumentBuilder();
      xml = builder.parse(file.toFile());
    } catch (ParserConfigurationException | SAXException | IOException e) {
      throw new DossierException(ErrorCode.UNREADABLE_INPUT, file + ": not ECB+ XML: " + e.getMessage(), e);
    }
    Element root = xml.getDocumentElement();
    Map<String, int[]> tokenPlace = new HashMap<>();
    List<List<String>> sentences = new ArrayList<>();
    Map<Integer, Integer> sentenceIndex = new HashMap<>();
    NodeList tokens = root.getElementsByTagName("token");
    for (int i = 0; i < tokens.getLength(); i++) {
      Element token = (Element) tokens.item(i);
      int sentence = Integer.parseInt(token.getAttribute("sentence"));
      Integer index = sentenceIndex.get(sentence);
      if (index == null) {
        index = sentences.size();
        sentenceIndex.put(sentence, index);
        sentences.add(new ArrayList<>());
      }
      List<String> words = sentences.get(index);
      tokenPlace.put(token.getAttribute("t_id"), new int[] {index, words.size()});
      words.add(token.getTextContent());
    }
    Map<String, String> chains = new HashMap<>();
    NodeList relations = root.getElementsByTagName("CROSS_DOC_COREF");
    for (int i = 0; i < relations.getLength(); i++) {
      Element relation = (Element) relations.item(i);
      NodeList sources = relation.getElementsByTagName("source");
      for (int j = 0; j < sources.getLength(); j++) {
        chains.put(((Element) sources.item(j)).getAttribute("m_id"), relation.getAttribute("note"));
      }
    }
    List<EcbDocument.Mention> mentions = new ArrayList<>();
    NodeList markables = root.getElementsByTagName("Markables");
    if (markables.getLength() > 0) {
      for (Node node = markables.item(0).getFirstChild(); node != null; node = node.getNextSibling()) {
        if (!(node instanceof Element markable) || !isEntity(markable.getTagName())) {
          continue;
        }
        NodeList anchors = markable.getElementsByTagName("token_anchor");
        if (anchors.getLength() == 0) {
          continue;
        }
        int[] first = tokenPlace.get(((Element) anchors.item(0)).getAttribute("t_id"));
        int[] last = tokenPlace.get(((Element) anchors.item(anchors.getLength() - 1)).getAttribute("t_id"));
        if (first == null || last == null || first[0] != last[0]) {
          continue;
        }
        List<String> words = sentences.get(first[0]).subList(first[1], last[1] + 1);
        String id = markable.getAttribute("m_id");
        mentions.add(new EcbDocument.Mention(id, markable.getTagName(), first[0], first[1], last[1] + 1, chains.get(id), String.join(" ", words)));
      }
    }
    return new EcbDocument(file.getFileName().toString(), sentences, mentions);
  }

  private static boolean isEntity(String tag) {
    return tag.startsWith("HUMAN_PART") || tag.startsWith("LOC_");
  }
}
