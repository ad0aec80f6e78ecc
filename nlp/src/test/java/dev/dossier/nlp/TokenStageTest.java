package dev.dossier.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Doc;
import dev.dossier.core.Layers;
import dev.dossier.core.Pipeline;
import dev.dossier.core.Sentence;
import dev.dossier.core.Token;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokenStageTest {

  private static final Pipeline TOKENS = Pipeline.of(new TokenStage());

  @Test
  void process_headlineAndBody_headlineIsItsOwnSentence() {
    String text = "Russian spy chief met U.S. officials in United States last week\n\n"
        + "Pompeo also said he does not back away from hard issues in Russian-US relations, such as the crisis in Ukraine.";

    Doc doc = TOKENS.process(Docs.article(text, null));

    List<Sentence> sentences = doc.get(Layers.SENTENCES);
    assertThat(sentences).hasSize(2);
    assertThat(sentences.get(0).span().of(text)).isEqualTo("Russian spy chief met U.S. officials in United States last week");
  }

  @Test
  void process_everyToken_spanCoversItsText() {
    String text = "\"I haven't seen a significant decrease in their activity\", Pompeo told the BBC.";

    Doc doc = TOKENS.process(Docs.article(text, null));

    for (Token token : doc.get(Layers.TOKENS)) {
      String covered = token.span().of(text);
      assertThat(covered).isNotBlank();
      assertThat(token.pos()).isNotNull();
      assertThat(token.lemma()).isNotNull();
    }
    assertThat(doc.get(Layers.TOKENS)).extracting(t -> t.span().of(text)).contains("Pompeo", "BBC", "have", "n't");
  }

  @Test
  void process_hardWrappedParagraph_staysOneSentence() {
    String text = "Showers continued throughout the week in\nthe Bahia cocoa zone, alleviating the drought since early\nJanuary.";

    Doc doc = TOKENS.process(Docs.article(text, null));

    assertThat(doc.get(Layers.SENTENCES)).hasSize(1);
  }

  @Test
  void process_pastTenseVerb_taggedVbd() {
    String text = "Antonov did not identify the US intelligence officials with whom he met.";

    Doc doc = TOKENS.process(Docs.article(text, null));

    assertThat(doc.get(Layers.TOKENS)).filteredOn(t -> t.word().equals("met")).extracting(Token::pos).containsExactly("VBD");
  }
}
