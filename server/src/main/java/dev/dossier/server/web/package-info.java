/** The web app's pages, rendered on the server; the article and entity pages are lists of sections. */
package dev.dossier.server.web;
