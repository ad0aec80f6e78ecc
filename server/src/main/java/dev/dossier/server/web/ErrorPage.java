package dev.dossier.server.web;

/** The page for an error outside the API: status, code and the one-line message. */
public final class ErrorPage {

  private ErrorPage() {}

  public static String render(int status, String code, String message) {
    String title = switch (status) {
      case 400 -> "Bad request";
      case 401 -> "Access token needed";
      case 404 -> "Not found";
      case 413 -> "Too large";
      default -> status >= 500 ? "Server error" : "Cannot do that";
    };
    return Layout.page(title, Layout.Nav.NONE, "", html -> {
      html.element("h1", title);
      html.open("p", "class", "error");
      html.text(message).text(" ");
      html.element("code", code);
      html.close("p");
      html.element("a", "Back to the start page", "href", "/");
    });
  }
}
