package dev.dossier.nlp.quotes;

/**
 * Where an attribution's pieces stand, as token ranges {@code [from, to)} of a {@link TokenView}:
 * the speaker phrase, an aside describing it, the cue and the addressee.
 *
 * @param speakerFrom first token of the speaker phrase
 * @param speakerTo token after it; equal to {@code speakerFrom} when the speaker is not named here
 *     (a participle whose subject is taken from the clause)
 * @param aside an appositive or relative clause about the speaker ("a doctor"), or {@code null}
 * @param cueFrom first token of the cue
 * @param cueTo token after the cue
 * @param addresseeFrom first token of the addressee, or -1
 * @param addresseeTo token after the addressee, or -1
 * @param end the token after everything the attribution covers
 */
record Attribution(int speakerFrom, int speakerTo, String aside, int cueFrom, int cueTo, int addresseeFrom, int addresseeTo, int end) {

  boolean hasAddressee() {
    return addresseeFrom >= 0 && addresseeTo > addresseeFrom;
  }

  Attribution withEnd(int newEnd) {
    return new Attribution(speakerFrom, speakerTo, aside, cueFrom, cueTo, addresseeFrom, addresseeTo, newEnd);
  }
}
