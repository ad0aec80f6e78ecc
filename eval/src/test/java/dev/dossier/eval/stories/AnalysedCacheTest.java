package dev.dossier.eval.stories;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Article;
import dev.dossier.core.DateMention;
import dev.dossier.core.Doc;
import dev.dossier.core.Entity;
import dev.dossier.core.EntityType;
import dev.dossier.core.Event;
import dev.dossier.core.EventActor;
import dev.dossier.core.EventPlace;
import dev.dossier.core.EventType;
import dev.dossier.core.Layers;
import dev.dossier.core.Mention;
import dev.dossier.core.Producer;
import dev.dossier.core.Span;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AnalysedCacheTest {

  private static final String TEXT = "Police arrested Kofi Mensah in Accra on 12 March 2019 after a raid on his warehouse, the police said.";
  private static final String PIPELINE = "Pipeline[tokens@1, entities@1, dates@1, events@1]";

  @TempDir Path dir;

  private static Article article() {
    return new Article("a1", null, "", null, null, TEXT, List.of(), "ecb.jsonl:1", "a1");
  }

  private static Doc analysed() {
    Entity mensah = new Entity("person:kofi-mensah", "Kofi Mensah", EntityType.PERSON, List.of(), List.of(new Mention(new Span(16, 27), "Kofi Mensah", EntityType.PERSON)));
    Entity accra = new Entity("location:accra", "Accra", EntityType.LOCATION, List.of(), List.of(new Mention(new Span(31, 36), "Accra", EntityType.LOCATION)));
    DateMention date = new DateMention(new Span(40, 53), "12 March 2019", "2019-03-12");
    Event arrest = new Event("e1", new Span(7, 15), EventType.COERCE, "173", "arrest", new EventActor("Police", null, null, null, "POLICE", new Span(0, 6)),
        new EventActor("Kofi Mensah", "person:kofi-mensah", null, null, null, new Span(16, 27)), new Span(0, TEXT.length()), "2019-03-12", new Span(40, 53),
        new EventPlace("Accra", "location:accra", new Span(31, 36)), false, false, null, null, true);
    return Doc.of(article())
        .with(Layers.ENTITIES, List.of(mensah, accra), new Producer("entities", 1))
        .with(Layers.DATES, List.of(date), new Producer("dates", 1))
        .with(Layers.EVENTS, List.of(arrest), new Producer("events", 1));
  }

  @Test
  void read_afterWrite_givesTheLayersBack() {
    Path cache = dir.resolve("cache.jsonl");
    Path ecb = dir.resolve("ecb.jsonl");
    Doc doc = analysed();

    AnalysedCache.write(cache, ecb, PIPELINE, List.of(doc));
    Doc read = AnalysedCache.read(cache, ecb, PIPELINE, List.of(article())).orElseThrow().getFirst();

    assertThat(read.get(Layers.ENTITIES)).isEqualTo(doc.get(Layers.ENTITIES));
    assertThat(read.get(Layers.DATES)).isEqualTo(doc.get(Layers.DATES));
    assertThat(read.get(Layers.EVENTS)).isEqualTo(doc.get(Layers.EVENTS));
    assertThat(read.producer(Layers.EVENTS)).contains(new Producer("events", 1));
  }

  @Test
  void read_anotherPipelineVersionOrFile_isNotUsed() {
    Path cache = dir.resolve("cache.jsonl");
    Path ecb = dir.resolve("ecb.jsonl");
    AnalysedCache.write(cache, ecb, PIPELINE, List.of(analysed()));

    assertThat(AnalysedCache.read(cache, ecb, PIPELINE.replace("events@1", "events@2"), List.of(article()))).isEmpty();
    assertThat(AnalysedCache.read(cache, dir.resolve("other.jsonl"), PIPELINE, List.of(article()))).isEmpty();
    assertThat(AnalysedCache.read(dir.resolve("absent.jsonl"), ecb, PIPELINE, List.of(article()))).isEmpty();
  }
}
