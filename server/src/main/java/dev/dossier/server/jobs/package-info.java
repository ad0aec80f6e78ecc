/** Ingest jobs: uploads saved and ingested in the background, with their progress. */
package dev.dossier.server.jobs;
