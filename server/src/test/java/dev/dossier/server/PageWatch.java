package dev.dossier.server;

import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;

/**
 * What a page did that it should not: dialogs (an {@code alert} from an injected script),
 * uncaught script errors, and console errors, among them the browser's reports of anything the
 * Content-Security-Policy refused, which would mean markup got into a page.
 */
final class PageWatch {

  final List<String> problems = new ArrayList<>();

  PageWatch(Page page) {
    page.onDialog(dialog -> {
      problems.add("dialog: " + dialog.message());
      dialog.dismiss();
    });
    page.onPageError(error -> problems.add("page error: " + error));
    page.onConsoleMessage(message -> {
      // A page answered 404 or 400 on purpose (an unknown id, a malformed parameter) is reported as a
      // failed load: not a script problem.
      if (message.type().equals("error") && !message.text().startsWith("Failed to load resource: the server responded with a status of 404")
          && !message.text().startsWith("Failed to load resource: the server responded with a status of 400")) {
        problems.add("console error: " + message.text());
      }
    });
  }
}
