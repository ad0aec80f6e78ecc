package dev.dossier.eval.reuse;

import static org.assertj.core.api.Assertions.assertThat;

import dev.dossier.engine.reuse.Thesaurus;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class SpinGeneratorTest {

  /** Reuters-style stories built from the seed articles' sentences, split three ways. */
  private static List<ReutersSource.Story> stories() {
    List<String> sentences =
        List.of(
            "The decision to extract the informant was driven in part because of concerns that Trump and his administration had mishandled delicate intelligence, CNN reported.",
            "The United States had allegedly extracted one of its highest-level moles in the Russian government in 2017 over fears he could be caught, CNN reported Monday.",
            "CNN also reported that the decision to move the person out of Russia was fueled by US intelligence concerns that Trump may have leaked classified information.",
            "The source was considered the highest level source for the US inside the Kremlin, high up in the national security infrastructure, according to the source.",
            "Last year, Russian operatives travelled to England and used a nerve agent in an assassination attempt against a former Russian military intelligence officer.",
            "Pompeo also said he does not back away from hard issues in Russian-US relations, such as the crisis in Ukraine and the war in the east of that country.",
            "The head of the Central Intelligence Agency explained to the Democratic senator that Moscow and Washington collaborate on aviation security and terrorism.",
            "Naryshkin is among the senior Russian defense and intelligence officials who had previously been sanctioned by the Obama administration in 2014 for Ukraine.",
            "On Tuesday, the Russian embassy issued tweets dismissing the remarks of the director and reiterating the disavowal by Moscow of the hacking campaign.",
            "Russian Ambassador to the United States Anatoly Antonov confirmed that Naryshkin was in Washington to meet with US officials about terrorism and other matters.",
            "Government agencies at times need to secure waivers to get certain individuals into the country, according to a US official who agreed to discuss the process.",
            "News of the secret visit poured fresh fuel on the battles pitting the Trump administration and its Republican defenders against Democrats over investigations.",
            "He was banned from entering the United States, but sanctions experts said there are processes for providing people under sanction permission to enter the country.",
            "Just this week, Pompeo warned in an interview with the BBC that Russia was still a threat to American elections and to the democratic process in the country.",
            "It is not yet known how the extraction was eventually carried out by the agency, and officials declined to describe the operation in any detail to reporters.");
    List<ReutersSource.Story> stories = new ArrayList<>();
    for (int i = 0; i < 3; i++) {
      stories.add(new ReutersSource.Story("reuters-" + i, "Seed story " + i, LocalDate.of(1987, 3, 1 + i), sentences.subList(5 * i, 5 * i + 5)));
    }
    return stories;
  }

  private static SpinGenerator.Benchmark generate(long seed) {
    return new SpinGenerator(Thesaurus.wordNet(), new SpinGenerator.Options(1, 4, 1, seed, 0.35)).generate(stories());
  }

  @Test
  void generate_sameSeed_sameBenchmark() {
    assertThat(generate(5)).isEqualTo(generate(5));
  }

  @Test
  void generate_copies_labelledWithTheOriginalAndDatedAfterIt() {
    SpinGenerator.Benchmark benchmark = generate(5);

    SpinGenerator.Item original = benchmark.items().getFirst();
    List<SpinGenerator.Item> copies = benchmark.items().stream().filter(i -> i.kind().startsWith("copy")).toList();
    assertThat(copies).hasSize(4);
    for (SpinGenerator.Item copy : copies) {
      assertThat(copy.published()).isAfter(original.published());
      assertThat(copy.spam()).isNotEmpty();
      assertThat(copy.sentences()).filteredOn(s -> s.source() != null).isNotEmpty().allMatch(s -> s.source().equals(original.id()));
    }
    assertThat(copies.stream().mapToInt(c -> c.sentences().stream().mapToInt(SpinGenerator.Sentence::substitutions).sum()).sum()).isPositive();
  }

  @Test
  void spin_knownCountry_replacedByAnotherNameOfIt() {
    SpinGenerator generator = new SpinGenerator(Thesaurus.wordNet(), new SpinGenerator.Options(1, 0, 0, 3, 1.0));
    int[] substitutions = new int[1];

    String spun = generator.spin("The decision to move the person out of Russia was fueled by concerns.", substitutions);

    // WordNet's most frequent sense of "Russia" is the Soviet Union, and a spinner takes it.
    assertThat(spun).doesNotContain(" Russia ").containsAnyOf("Soviet Union", "USSR", "Union of Soviet Socialist Republics");
    assertThat(substitutions[0]).isPositive();
  }
}
