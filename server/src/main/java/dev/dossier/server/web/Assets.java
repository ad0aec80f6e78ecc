package dev.dossier.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * The versions of the WebJars the pages load, written into {@code assets.properties} by Maven
 * from the POM, so upgrading htmx or cytoscape is a change of one property.
 */
final class Assets {

  static final String HTMX_VERSION;
  static final String CYTOSCAPE_VERSION;

  static {
    Properties versions = new Properties();
    try (InputStream in = Assets.class.getResourceAsStream("assets.properties")) {
      if (in == null) {
        throw new IllegalStateException("assets.properties is missing from the server's resources");
      }
      versions.load(in);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    HTMX_VERSION = versions.getProperty("htmx.version");
    CYTOSCAPE_VERSION = versions.getProperty("cytoscape.version");
  }

  private Assets() {}
}
