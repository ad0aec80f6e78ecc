/** Dossier's web server: the REST API and the web app on the engine ({@code DossierServer}), the access token and the security every request passes. */
package dev.dossier.server;
