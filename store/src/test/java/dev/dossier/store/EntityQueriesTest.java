package dev.dossier.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.core.Doc;
import dev.dossier.core.Entity;
import dev.dossier.core.EntityType;
import dev.dossier.core.Layers;
import dev.dossier.core.Mention;
import dev.dossier.core.Span;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EntityQueriesTest {

  @TempDir Path dir;
  Store store;
  Doc seed000 = Fixtures.seed000();
  Doc seed004 = Fixtures.seed004();

  @BeforeEach
  void open() {
    store = Store.open(dir);
    store.commit(Batch.of(List.of(seed000, seed004)));
  }

  @AfterEach
  void close() {
    store.close();
  }

  private static int mentions(Doc doc, String entityId) {
    return doc.get(Layers.ENTITIES).stream().filter(e -> e.id().equals(entityId)).mapToInt(e -> e.mentions().size()).sum();
  }

  @Test
  void entities_acrossArticles_oneRowPerIdWithCountsSummed() {
    List<EntitySummary> top = store.entities(null, 5);

    EntitySummary trump = top.stream().filter(e -> e.id().equals("person:donald-trump")).findFirst().orElseThrow();
    assertThat(trump.articles()).isEqualTo(2);
    assertThat(trump.mentions()).isEqualTo(mentions(seed000, "person:donald-trump") + mentions(seed004, "person:donald-trump"));
    assertThat(top).extracting(EntitySummary::articles).isSortedAccordingTo((a, b) -> b - a);
    assertThat(store.entities(null, 1000)).extracting(EntitySummary::id).doesNotHaveDuplicates();
  }

  @Test
  void entities_byType_onlyThatTypeSortedByArticlesThenMentions() {
    List<EntitySummary> people = store.entities(EntityType.PERSON, 100);

    assertThat(people).isNotEmpty().allSatisfy(e -> assertThat(e.type()).isEqualTo(EntityType.PERSON));
    assertThat(people.getFirst().id()).isEqualTo("person:donald-trump");
    for (int i = 1; i < people.size(); i++) {
      EntitySummary previous = people.get(i - 1);
      EntitySummary current = people.get(i);
      assertThat(previous.articles() > current.articles()
          || previous.articles() == current.articles() && previous.mentions() >= current.mentions()).isTrue();
    }
  }

  @Test
  void entity_aliasInOtherCase_findsProfileWithAggregates() {
    List<EntityProfile> profiles = store.entity("trump");

    assertThat(profiles).hasSize(1);
    EntityProfile trump = profiles.getFirst();
    assertThat(trump.id()).isEqualTo("person:donald-trump");
    assertThat(trump.name()).isEqualTo("Donald Trump");
    assertThat(trump.aliases()).containsExactly("Trump");
    assertThat(trump.articles()).isEqualTo(2);
    assertThat(trump.firstSeen()).isEqualTo(LocalDate.of(2018, 2, 3));
    assertThat(trump.lastSeen()).isEqualTo(LocalDate.of(2019, 9, 10));
    assertThat(trump.recentArticles()).extracting(EntityProfile.ArticleRef::id).containsExactly("seed-000", "seed-004");
  }

  @Test
  void entity_byIdOrCanonicalName_findsTheSameEntity() {
    assertThat(store.entity("PERSON:DONALD-TRUMP")).extracting(EntityProfile::id).containsExactly("person:donald-trump");
    assertThat(store.entity("  central intelligence agency ")).extracting(EntityProfile::id).containsExactly("organization:cia");
    assertThat(store.entity("Nobody In Particular")).isEmpty();
  }

  @Test
  void entity_lastNameNoArticleUsesAlone_findsThePerson() {
    assertThat(store.entity("Skripal")).extracting(EntityProfile::name).containsExactly("Sergei Skripal");
    assertThat(store.entity("Kremlin_")).isEmpty();
  }

  @Test
  void search_entityByLastName_findsArticlesMentioningThePerson() {
    SearchResult result = store.search(SearchQuery.of("").withEntities("skripal"));

    assertThat(result.hits()).extracting(SearchResult.Hit::id).containsExactly("seed-000");
    assertThat(result.warnings()).isEmpty();
  }

  @Test
  void entity_coMentions_countSharedArticles() {
    EntityProfile cia = store.entity("CIA").getFirst();

    Map<String, Integer> shared =
        cia.coMentioned().stream().collect(java.util.stream.Collectors.toMap(EntityProfile.CoMention::id, EntityProfile.CoMention::sharedArticles));
    // Both seeds mention the CIA, Trump, Russia and the United States; only one mentions Pompeo.
    assertThat(shared).containsEntry("person:donald-trump", 2).containsEntry("location:russia", 2).containsEntry("location:united-states", 2);
    assertThat(cia.coMentioned()).hasSizeLessThanOrEqualTo(10);
    assertThat(cia.coMentioned()).extracting(EntityProfile.CoMention::sharedArticles).isSortedAccordingTo((a, b) -> b - a);
    assertThat(cia.coMentioned()).extracting(EntityProfile.CoMention::id).doesNotContain("organization:cia");
  }

  @Test
  void entity_sameNameForAPlaceAndAPerson_findsBoth() {
    String text = "George Washington warned against foreign influence in his farewell address.";
    Entity person = new Entity("person:george-washington", "George Washington", EntityType.PERSON, List.of("Washington"),
        List.of(new Mention(new Span(0, 17), "George Washington", EntityType.PERSON)));
    Doc doc = Fixtures.doc("farewell", "Farewell address", text, LocalDate.of(2018, 2, 22), "Harbor Times", List.of(), Map.of())
        .with(Layers.ENTITIES, List.of(person), Fixtures.ENTITIES);
    store.commit(Batch.of(List.of(doc)));

    List<EntityProfile> found = store.entity("Washington");

    assertThat(found).extracting(EntityProfile::id).containsExactlyInAnyOrder("location:washington", "person:george-washington");
  }

  @Test
  void entity_namedDifferentlyByArticles_canonicalNameIsTheMostCommonAndOthersBecomeAliases() {
    // A third article names the CIA only by its initials: "CIA" is its name there.
    String text = "The CIA released a statement saying that it does not discuss the schedules of US intelligence leaders.";
    Entity cia = new Entity("organization:cia", "CIA", EntityType.ORGANIZATION, List.of(), List.of(new Mention(new Span(4, 7), "CIA", EntityType.ORGANIZATION)));
    Doc third = Fixtures.doc("cia-statement", "CIA statement", text, LocalDate.of(2018, 2, 4), "Harbor Times", List.of(), Map.of())
        .with(Layers.ENTITIES, List.of(cia), Fixtures.ENTITIES);

    store.commit(Batch.of(List.of(third)));

    EntityProfile profile = store.entity("organization:cia").getFirst();
    assertThat(profile.name()).isEqualTo("Central Intelligence Agency");
    assertThat(profile.aliases()).containsExactly("CIA");
    assertThat(profile.articles()).isEqualTo(3);
  }

  @Test
  void entity_nameTiedBetweenArticles_mostRecentlyWrittenWins() {
    String text = "Pompeo told the BBC he had not seen a significant decrease in their activity.";
    Entity pompeo = new Entity("person:mike-pompeo", "Michael Pompeo", EntityType.PERSON, List.of("Pompeo"),
        List.of(new Mention(new Span(0, 6), "Pompeo", EntityType.PERSON)));
    Doc later = Fixtures.doc("pompeo-bbc", "Pompeo on Russian activity", text, LocalDate.of(2018, 1, 30), "Harbor Times", List.of(), Map.of())
        .with(Layers.ENTITIES, List.of(pompeo), Fixtures.ENTITIES);

    store.commit(Batch.of(List.of(later)));

    EntityProfile profile = store.entity("Pompeo").getFirst();
    assertThat(profile.name()).isEqualTo("Michael Pompeo");
    assertThat(profile.aliases()).containsExactly("Mike Pompeo", "Pompeo");
  }
}
