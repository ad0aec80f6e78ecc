package dev.dossier.cli;

import dev.dossier.eval.coref.EntityCorefEvaluation;
import dev.dossier.eval.coref.EntityCorefReport;
import dev.dossier.eval.events.EventEvaluation;
import dev.dossier.eval.events.EventOptions;
import dev.dossier.eval.events.EventReport;
import dev.dossier.eval.ner.NerEvaluation;
import dev.dossier.eval.ner.NerOptions;
import dev.dossier.eval.ner.NerReport;
import dev.dossier.eval.quotes.CueModelDerivation;
import dev.dossier.eval.quotes.KeepModelDerivation;
import dev.dossier.eval.quotes.NominalCueDerivation;
import dev.dossier.eval.quotes.QuoteEvaluation;
import dev.dossier.eval.quotes.QuoteOptions;
import dev.dossier.eval.quotes.QuoteReport;
import dev.dossier.eval.reuse.SpinBenchmark;
import dev.dossier.eval.reuse.SpinReport;
import dev.dossier.eval.stories.StoryEvaluation;
import dev.dossier.eval.stories.StoryReport;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;


/**
 * {@code dossier eval}: extraction quality on gold data read from where it lies. Each task is a
 * subcommand; the gold files are never copied into the project or the data folder.
 */
@Command(
    name = "eval",
    mixinStandardHelpOptions = true,
    description = {"Measure extraction quality on gold data (never bundled: give its path).", "See docs/EVALUATION.md for what each figure means."},
    commandListHeading = "%nTasks:%n")
final class EvalCommand implements Callable<Integer> {

  private final Terminal terminal;

  EvalCommand(Terminal terminal) {
    this.terminal = terminal;
  }

  @Override
  public Integer call() {
    terminal.err().println("dossier eval: name a task, for example 'dossier eval ner --conll FILE' (see 'dossier eval --help')");
    return 2;
  }

  /** {@code dossier eval ner}: CoNLL-2003 names, Dossier beside CoreNLP's default pipeline. */
  @Command(
      name = "ner",
      mixinStandardHelpOptions = true,
      description = "Named entities on CoNLL-2003-format data: precision, recall and F1 per type and overall, beside CoreNLP's default pipeline.")
  static final class Ner implements Callable<Integer> {

    @Option(names = "--conll", required = true, paramLabel = "FILE", description = "CoNLL-2003 file (token POS chunk NER; IOB1 or IOB2).")
    Path conll;

    @Option(names = "--limit", defaultValue = "0", paramLabel = "N", description = "Only the first N documents (default: all).")
    int limit;

    @Option(names = "--no-baseline", description = "Run Dossier alone, without CoreNLP's default pipeline.")
    boolean noBaseline;

    @Option(names = "--format", defaultValue = "human", description = "human or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec CommandLine.Model.CommandSpec spec;

    private final Terminal terminal;

    Ner(Terminal terminal) {
      this.terminal = terminal;
    }

    @Override
    public Integer call() {
      if (limit < 0) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be 0 (all documents) or more, was " + limit);
      }
      terminal.err().println("eval ner: " + conll + (noBaseline ? "" : ", with CoreNLP's default pipeline as baseline") + "...");
      NerReport report = NerEvaluation.run(new NerOptions(conll, limit, !noBaseline));
      terminal.out().print(format == Format.human ? report.toTable() : report.toJson() + System.lineSeparator());
      terminal.out().flush();
      return 0;
    }
  }

  /** {@code dossier eval quotes}: PolNeAR attributions, Dossier beside CoreNLP's quote annotator. */
  @Command(
      name = "quotes",
      mixinStandardHelpOptions = true,
      description = {
        "Quotes and attribution on PolNeAR-format data: content precision, recall and F1 and speaker accuracy,",
        "for quoted and unquoted attributions, beside CoreNLP's quote annotator (needs DOSSIER_HEAP=8g)."
      })
  static final class Quotes implements Callable<Integer> {

    @Option(names = "--polnear", required = true, paramLabel = "FILE", description = "PolNeAR JSONL (article text with source/cue/content spans).")
    Path polnear;

    @Option(names = "--limit", defaultValue = "0", paramLabel = "N", description = "Only the first N articles (default: all).")
    int limit;

    @Option(names = "--no-baseline", description = "Run Dossier alone, without CoreNLP's quote annotator.")
    boolean noBaseline;

    @Option(names = "--format", defaultValue = "human", description = "human or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec CommandLine.Model.CommandSpec spec;

    private final Terminal terminal;

    Quotes(Terminal terminal) {
      this.terminal = terminal;
    }

    @Override
    public Integer call() {
      if (limit < 0) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be 0 (all articles) or more, was " + limit);
      }
      terminal.err().println("eval quotes: " + polnear + (noBaseline ? "" : ", with CoreNLP's quote annotator as baseline") + "...");
      QuoteReport report = QuoteEvaluation.run(new QuoteOptions(polnear, limit, !noBaseline));
      terminal.out().print(format == Format.human ? report.toTable() : report.toJson() + System.lineSeparator());
      terminal.out().flush();
      return 0;
    }
  }

  /** {@code dossier eval entities}: cross-document entity coreference on ECB+, beside a same-string baseline. */
  @Command(
      name = "entities",
      mixinStandardHelpOptions = true,
      description = "Cross-document entity coreference on ECB+ annotated XML: MUC, B3, CEAF-e and CoNLL F1, beside a same-string baseline, with an error analysis.")
  static final class Entities implements Callable<Integer> {

    @Option(names = "--ecb", required = true, paramLabel = "DIR", description = "ECB+ XML folder (such as ../shared/eval/ecbplus/xml).")
    Path ecb;

    @Option(names = "--limit", defaultValue = "0", paramLabel = "N", description = "Only the first N documents (default: all).")
    int limit;

    @Option(names = "--format", defaultValue = "human", description = "human or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec CommandLine.Model.CommandSpec spec;

    private final Terminal terminal;

    Entities(Terminal terminal) {
      this.terminal = terminal;
    }

    @Override
    public Integer call() {
      if (limit < 0) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be 0 (all documents) or more, was " + limit);
      }
      terminal.err().println("eval entities: " + ecb + "...");
      EntityCorefReport report = EntityCorefEvaluation.run(ecb, limit);
      terminal.out().print(format == Format.human ? report.toTable() : report.toJson() + System.lineSeparator());
      terminal.out().flush();
      return 0;
    }
  }

  /** {@code dossier eval stories}: story clustering on ECB+, beside a topic-words baseline. */
  @Command(
      name = "stories",
      mixinStandardHelpOptions = true,
      description = {
        "Story clustering on ECB+ JSONL (doc_id, topic, story_cluster, text): B-cubed precision, recall, F1 and the",
        "adjusted Rand index, beside a topic-words baseline, over several random arrival orders."
      })
  static final class Stories implements Callable<Integer> {

    @Option(names = "--ecb", required = true, paramLabel = "FILE", description = "ECB+ documents as JSONL with story_cluster.")
    Path ecb;

    @Option(names = "--orders", defaultValue = "5", paramLabel = "N", description = "Random arrival orders per system (default: ${DEFAULT-VALUE}).")
    int orders;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed of the first order (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(
        names = "--cache",
        paramLabel = "FILE",
        description = "Developer aid: keep the analysed documents in FILE and reuse them while the pipeline's stage versions are unchanged.")
    Path cache;

    @Option(names = "--no-baselines", description = "Developer aid: score Dossier alone, without the topic-words baselines.")
    boolean noBaselines;

    @Option(names = "--format", defaultValue = "human", description = "human or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec CommandLine.Model.CommandSpec spec;

    private final Terminal terminal;

    Stories(Terminal terminal) {
      this.terminal = terminal;
    }

    @Override
    public Integer call() {
      StoryEvaluation.Options options;
      try {
        options = new StoryEvaluation.Options(ecb, orders, seed, Runtime.getRuntime().availableProcessors(), cache, !noBaselines);
      } catch (IllegalArgumentException e) {
        throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
      }
      terminal.err().println("eval stories: " + ecb + ", " + orders + " orders...");
      StoryReport report = StoryEvaluation.run(options);
      terminal.out().print(format == Format.human ? report.toTable() : report.toJson() + System.lineSeparator());
      terminal.out().flush();
      return 0;
    }
  }

  /** {@code dossier eval reuse}: text reuse on a seeded spinning benchmark built from Reuters. */
  @Command(
      name = "reuse",
      mixinStandardHelpOptions = true,
      description = {
        "Text reuse on a spinning benchmark built from Reuters-21578 JSONL by a seeded generator: copies with WordNet",
        "synonyms, shuffled sentences, spam lines, partial copying and filler, beside unrelated articles.",
        "Prints sentence-level reuse precision and recall. See docs/EVALUATION.md."
      })
  static final class Reuse implements Callable<Integer> {

    @Option(names = "--reuters", required = true, paramLabel = "FILE", description = "Reuters-21578 as JSONL (newid, date, title, text).")
    Path reuters;

    @Option(names = "--sources", defaultValue = "400", paramLabel = "N", description = "Originals (default: ${DEFAULT-VALUE}).")
    int sources;

    @Option(names = "--copies", defaultValue = "600", paramLabel = "N", description = "Copies, a tenth of them copies of copies (default: ${DEFAULT-VALUE}).")
    int copies;

    @Option(names = "--unrelated", defaultValue = "500", paramLabel = "N", description = "Unrelated articles (default: ${DEFAULT-VALUE}).")
    int unrelated;

    @Option(names = "--spin-rate", defaultValue = "0.35", paramLabel = "P", description = "Probability a word is replaced by a synonym (default: ${DEFAULT-VALUE}).")
    double spinRate;

    @Option(names = "--seed", defaultValue = "1", paramLabel = "S", description = "Seed of the generator and the arrival order (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--format", defaultValue = "human", description = "human or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec CommandLine.Model.CommandSpec spec;

    private final Terminal terminal;

    Reuse(Terminal terminal) {
      this.terminal = terminal;
    }

    @Override
    public Integer call() {
      if (sources < 1 || copies < 0 || unrelated < 0 || spinRate < 0 || spinRate > 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "need --sources >= 1, --copies and --unrelated >= 0, and --spin-rate in [0, 1]");
      }
      terminal.err().println("eval reuse: generating from " + reuters + " (seed " + seed + ")...");
      SpinReport report = SpinBenchmark.run(new SpinBenchmark.Options(reuters, sources, copies, unrelated, seed, spinRate));
      terminal.out().print(format == Format.human ? report.toTable() : report.toJson() + System.lineSeparator());
      terminal.out().flush();
      return 0;
    }
  }

  /** {@code dossier eval cues}: fits the quote stage's attribution-cue model on PolNeAR training data. */
  @Command(
      name = "cues",
      mixinStandardHelpOptions = true,
      description = {
        "Fit the quote stage's attribution-cue model on PolNeAR-format training data: a logistic regression over the",
        "features of each verb that could be a cue (cue and complement, tense, subject, what follows, quotes near it).",
        "Writes the TSV weights to standard output (nlp/src/main/resources/dev/dossier/nlp/quotes/attribution-cue-model.tsv)",
        "and, on standard error, how it decides on the held-out first articles. Use the training split only."
      })
  static final class Cues implements Callable<Integer> {

    @Option(names = "--polnear", required = true, paramLabel = "FILE", description = "PolNeAR JSONL training file.")
    Path polnear;

    @Option(names = "--hold-out", defaultValue = "0", paramLabel = "N",
        description = "Keep the first N articles out of the fit and score the model on them, to choose settings (default: ${DEFAULT-VALUE}).")
    int holdOut;

    @Option(names = "--l2", defaultValue = "0.0001", paramLabel = "X", description = "L2 penalty per example (default: ${DEFAULT-VALUE}).")
    double l2;

    @Option(names = "--iterations", defaultValue = "300", paramLabel = "N", description = "Gradient steps (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Spec CommandLine.Model.CommandSpec spec;

    private final Terminal terminal;

    Cues(Terminal terminal) {
      this.terminal = terminal;
    }

    @Override
    public Integer call() {
      if (holdOut < 0 || l2 < 0 || iterations < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--hold-out and --l2 must be at least 0, --iterations at least 1");
      }
      terminal.err().println("eval cues: " + polnear + "...");
      CueModelDerivation.Result result = CueModelDerivation.run(polnear, holdOut, l2, iterations);
      terminal.out().print(result.table());
      terminal.out().flush();
      terminal.err().print(result.report());
      terminal.err().flush();
      return 0;
    }
  }

  /** {@code dossier eval nominal-cues}: fits the quote stage's nominal-cue model on PolNeAR training data. */
  @Command(
      name = "nominal-cues",
      mixinStandardHelpOptions = true,
      description = {
        "Fit the quote stage's nominal-cue model on PolNeAR-format training data: a logistic regression over the features",
        "of each noun that governs a clause, an infinitive or a prepositional object (noun, complement, source, determiner,",
        "governing verb). Writes the TSV weights to standard output (nlp/src/main/resources/dev/dossier/nlp/quotes/",
        "nominal-cue-model.tsv) and, on standard error, how it decides on the held-out first articles. Use the training split only."
      })
  static final class NominalCues implements Callable<Integer> {

    @Option(names = "--polnear", required = true, paramLabel = "FILE", description = "PolNeAR JSONL training file.")
    Path polnear;

    @Option(names = "--hold-out", defaultValue = "0", paramLabel = "N",
        description = "Keep the first N articles out of the fit and score the model on them, to choose settings (default: ${DEFAULT-VALUE}).")
    int holdOut;

    @Option(names = "--l2", defaultValue = "0.0001", paramLabel = "X", description = "L2 penalty per example (default: ${DEFAULT-VALUE}).")
    double l2;

    @Option(names = "--iterations", defaultValue = "300", paramLabel = "N", description = "Gradient steps (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Spec CommandLine.Model.CommandSpec spec;

    private final Terminal terminal;

    NominalCues(Terminal terminal) {
      this.terminal = terminal;
    }

    @Override
    public Integer call() {
      if (holdOut < 0 || l2 < 0 || iterations < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--hold-out and --l2 must be at least 0, --iterations at least 1");
      }
      terminal.err().println("eval nominal-cues: " + polnear + "...");
      CueModelDerivation.Result result = NominalCueDerivation.run(polnear, holdOut, l2, iterations);
      terminal.out().print(result.table());
      terminal.out().flush();
      terminal.err().print(result.report());
      terminal.err().flush();
      return 0;
    }
  }

  /** {@code dossier eval keep}: fits the quote stage's keep model on PolNeAR training data. */
  @Command(
      name = "keep",
      mixinStandardHelpOptions = true,
      description = {
        "Fit the quote stage's keep model on PolNeAR-format training data: a logistic regression over the features of each",
        "attribution the stage would emit (kind, how it was reached, cue, speaker, content length and place), labelled by",
        "whether the evaluation matches it to a gold attribution. Writes the TSV weights to standard output",
        "(nlp/src/main/resources/dev/dossier/nlp/quotes/attribution-keep-model.tsv) and, on standard error, the F1 that",
        "leaving attributions out at each threshold gives on the held-out first articles. Use the training split only."
      })
  static final class Keep implements Callable<Integer> {

    @Option(names = "--polnear", required = true, paramLabel = "FILE", description = "PolNeAR JSONL training file.")
    Path polnear;

    @Option(names = "--hold-out", defaultValue = "0", paramLabel = "N",
        description = "Keep the first N articles out of the fit and score the model on them, to choose settings (default: ${DEFAULT-VALUE}).")
    int holdOut;

    @Option(names = "--folds", defaultValue = "1", paramLabel = "K",
        description = {"Split the fitted articles into K folds by index and reach each fold's attributions with cue models fitted on the",
          "other folds, so that the keep model learns how often out-of-sample cues are right; 1 uses the bundled cue models,",
          "which learned from the same articles; cross-fitting measured no better on held-out training articles (default: ${DEFAULT-VALUE})."})
    int folds;

    @Option(names = "--l2", defaultValue = "0.001", paramLabel = "X", description = "L2 penalty per example (default: ${DEFAULT-VALUE}).")
    double l2;

    @Option(names = "--iterations", defaultValue = "300", paramLabel = "N", description = "Gradient steps (default: ${DEFAULT-VALUE}).")
    int iterations;

    @Spec CommandLine.Model.CommandSpec spec;

    private final Terminal terminal;

    Keep(Terminal terminal) {
      this.terminal = terminal;
    }

    @Override
    public Integer call() {
      if (holdOut < 0 || l2 < 0 || iterations < 1 || folds < 1) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--hold-out and --l2 must be at least 0, --iterations and --folds at least 1");
      }
      terminal.err().println("eval keep: " + polnear + "...");
      KeepModelDerivation.Result result = KeepModelDerivation.run(polnear, holdOut, folds, l2, iterations);
      terminal.out().print(result.table());
      terminal.out().flush();
      terminal.err().print(result.report());
      terminal.err().flush();
      return 0;
    }
  }

  /** {@code dossier eval events}: PLOVER gold records and PETRARCH2's unit tests. */
  @Command(
      name = "events",
      mixinStandardHelpOptions = true,
      description = {
        "Events on PLOVER gold-standard records and PETRARCH2 unit-test records: type accuracy, and precision, recall and F1",
        "on event types and on (source, target, type) triples, with an error analysis. The matching rules are printed with the results."
      })
  static final class Events implements Callable<Integer> {

    @Option(names = "--plover", paramLabel = "FILE", description = "PLOVER gold-standard records (JSONL, such as ../shared/eval/plover/plover_gsr_dev.jsonl).")
    Path plover;

    @Option(names = "--petrarch", paramLabel = "FILE", description = "PETRARCH2 unit-test records (TSV, such as ../shared/eval/petrarch2/PETR.UnitTest.records.tsv).")
    Path petrarch;

    @Option(names = "--dictionaries", paramLabel = "DIR",
        description = "PETRARCH's validation dictionaries, to code Dossier's actors for --petrarch (default: dictionaries/ beside the file).")
    Path dictionaries;

    @Option(names = "--cameo-plover", paramLabel = "FILE",
        description = "The CAMEO-to-PLOVER table that types --petrarch's codes (default: ../plover/CAMEO2PLOVER-2021.txt beside the file's folder).")
    Path cameoPlover;

    @Option(names = "--limit", defaultValue = "0", paramLabel = "N", description = "Only the first N records of each file (default: all).")
    int limit;

    @Option(names = "--format", defaultValue = "human", description = "human or json (default: ${DEFAULT-VALUE}).")
    Format format;

    @Spec CommandLine.Model.CommandSpec spec;

    private final Terminal terminal;

    Events(Terminal terminal) {
      this.terminal = terminal;
    }

    @Override
    public Integer call() {
      if (plover == null && petrarch == null) {
        throw new CommandLine.ParameterException(spec.commandLine(), "give --plover FILE, --petrarch FILE or both");
      }
      if (limit < 0) {
        throw new CommandLine.ParameterException(spec.commandLine(), "--limit must be 0 (all records) or more, was " + limit);
      }
      terminal.err().println("eval events: " + (plover == null ? "" : plover + " ") + (petrarch == null ? "" : petrarch) + "...");
      EventReport report = EventEvaluation.run(new EventOptions(plover, petrarch, dictionaries, cameoPlover, limit));
      terminal.out().print(format == Format.human ? report.toTable() : report.toJson() + System.lineSeparator());
      terminal.out().flush();
      return 0;
    }
  }
}
