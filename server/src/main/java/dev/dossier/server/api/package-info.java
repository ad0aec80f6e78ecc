/** The REST API under {@code /api/v1}: routes, parameters, JSON bodies and errors; documented by {@code openapi.json} beside it. */
package dev.dossier.server.api;
