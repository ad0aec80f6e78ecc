package dev.dossier.cli;

/** How a command prints its results. */
enum Format {
  /** Readable text. */
  human,
  /** One JSON document. */
  json,
  /** One JSON object per line. */
  jsonl
}
