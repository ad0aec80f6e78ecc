/**
 * Reading gold named-entity data in the CoNLL-2003 column format. The files themselves are never
 * part of Dossier: {@link dev.dossier.eval.conll.ConllReader} reads them from a path given at run
 * time.
 */
package dev.dossier.eval.conll;
