package dev.dossier.nlp.quotes;

import java.util.Locale;
import java.util.Set;

/**
 * The words that attribute speech, by lemma: the reporting verbs of English news and what each
 * needs around it to be an attribution rather than an ordinary verb.
 *
 * <p>Three kinds, from the verb classes of communication, cognition and evidence (as in VerbNet's
 * "say", "tell", "consider" and "discover" classes and the reporting verbs of news style guides):
 *
 * <ul>
 *   <li>{@link Kind#SPEECH}: verbs of saying ("said", "told", "added", "tweeted"). With a speaker
 *       they attribute whatever follows, quoted or not.
 *   <li>{@link Kind#THOUGHT}: verbs of belief and stance ("believes", "hopes", "fears"), which
 *       attribute only a clause ("that ...", or a subject and a verb).
 *   <li>{@link Kind#EVIDENCE}: verbs by which reports and studies speak ("found", "showed"), also
 *       only with a clause.
 * </ul>
 */
final class Cues {

  enum Kind {
    SPEECH,
    THOUGHT,
    EVIDENCE
  }

  private static final Set<String> SPEECH =
      Set.of(
          "say", "tell", "add", "write", "tweet", "post", "ask", "reply", "respond", "answer", "explain", "note", "report", "announce", "state",
          "declare", "claim", "insist", "argue", "contend", "maintain", "assert", "allege", "acknowledge", "admit", "concede", "confirm", "deny",
          "warn", "caution", "stress", "emphasize", "emphasise", "reiterate", "repeat", "recall", "predict", "promise", "pledge", "vow", "urge",
          "suggest", "complain", "boast", "joke", "quip", "comment", "remark", "observe", "testify", "disclose", "reveal", "mention", "counter",
          "retort", "continue", "shout", "whisper", "inform", "assure", "advise", "remind", "email", "text", "blog", "proclaim", "concur",
          "lament", "agree", "threaten", "demand", "propose", "hint", "speculate", "charge", "accuse", "recount",
          "summarize", "summarise", "elaborate", "clarify", "correct", "interject", "marvel", "muse", "scoff", "snap", "sigh", "tout", "brag",
          "opine", "exclaim", "plead", "beg", "guarantee", "swear", "estimate", "forecast", "project", "conclude", "indicate", "point");

  private static final Set<String> THOUGHT =
      Set.of(
          "think", "believe", "hope", "fear", "expect", "know", "feel", "worry", "doubt", "suspect", "understand", "assume", "guess", "wonder",
          "realize", "realise", "recognize", "recognise", "consider", "imagine", "bet", "reckon", "figure", "anticipate");

  private static final Set<String> EVIDENCE =
      Set.of("find", "show", "demonstrate", "determine", "discover", "learn", "hear", "read", "confirm", "reveal", "suggest", "indicate", "conclude");

  /** Verbs whose first object is whom they were said to: "told the BBC that", "assured reporters". */
  private static final Set<String> ADDRESSED = Set.of("tell", "inform", "assure", "remind", "warn", "advise", "ask", "urge", "email", "text");

  /** Words that may join a verb as its particle in a cue: "pointed out". */
  private static final Set<String> PARTICLES = Set.of("out", "up", "on", "back");

  private Cues() {}

  /** The kind of cue a verb lemma is, or {@code null} if it is no cue. */
  static Kind kind(String lemma) {
    if (lemma == null) {
      return null;
    }
    String word = lemma.toLowerCase(Locale.ROOT);
    if (SPEECH.contains(word)) {
      return Kind.SPEECH;
    }
    if (EVIDENCE.contains(word)) {
      return Kind.EVIDENCE;
    }
    return THOUGHT.contains(word) ? Kind.THOUGHT : null;
  }

  /** True if the verb takes its addressee as object before what was said. */
  static boolean isAddressed(String lemma) {
    return lemma != null && ADDRESSED.contains(lemma.toLowerCase(Locale.ROOT));
  }

  /** True for "point", which is a cue only with its particle ("pointed out"). */
  static boolean needsParticle(String lemma) {
    return "point".equalsIgnoreCase(lemma);
  }

  static boolean isParticle(String word) {
    return PARTICLES.contains(word.toLowerCase(Locale.ROOT));
  }
}
