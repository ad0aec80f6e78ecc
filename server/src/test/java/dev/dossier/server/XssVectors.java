package dev.dossier.server;

import java.util.List;

/**
 * Script-injection vectors for the escaping tests: markup, attribute break-outs, URL schemes,
 * SVG, template and htmx attributes. Each one, if it ever ran, would call {@code alert}, which the
 * browser test listens for. They go into titles, bodies, sources, URLs and entity names.
 */
final class XssVectors {

  static final List<String> ALL =
      List.of(
          "<script>alert('xss-script')</script>",
          "<img src=x onerror=alert('xss-img')>",
          "<svg onload=alert('xss-svg')>",
          "\"><script>alert('xss-attr')</script>",
          "' onmouseover='alert(1)' x='",
          "\" autofocus onfocus=\"alert('xss-focus')",
          "javascript:alert('xss-js')",
          "<a href=\"javascript:alert('xss-href')\">click</a>",
          "<iframe src=\"javascript:alert('xss-iframe')\"></iframe>",
          "</title><script>alert('xss-title')</script>",
          "</textarea><script>alert('xss-textarea')</script>",
          "<body onload=alert('xss-body')>",
          "<details open ontoggle=alert('xss-details')>",
          "<div hx-get=\"/api/v1/stats\" hx-trigger=\"load\" hx-on:htmx:load=\"alert('xss-htmx')\">htmx</div>",
          "<math><mtext><table><mglyph><style><img src=x onerror=alert('xss-mxss')>",
          "{{constructor.constructor('alert(1)')()}}",
          "<style>@import 'http://evil.example/x.css';</style>",
          "<object data=\"data:text/html,<script>alert('xss-object')</script>\"></object>",
          "&lt;script&gt;alert('xss-entity')&lt;/script&gt;",
          "<scr<script>ipt>alert('xss-nested')</script>");

  private XssVectors() {}
}
