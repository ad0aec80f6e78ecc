package dev.dossier.ingest.clean;

import java.util.List;

/**
 * The reason codes a {@link dev.dossier.core.Removal} can carry from ingest. They are stable: a
 * viewer may colour removals by them and a report may count them.
 *
 * <p>The first four and the last come from the text {@link Cleaner}; the others from the HTML main-content
 * extractor, for blocks it removes inside the article (link lists, share bars and cookie banners
 * found in HTML use the first three).
 */
public final class Reasons {

  /** Teasers for other articles ("More news: …", "Read more"), bare links and related-link lists. */
  public static final String LINK_SPAM = "link-spam";

  /** Prompts to share, follow, subscribe or comment, and share widgets. */
  public static final String SHARE_PROMPT = "share-prompt";

  /**
   * Publishing furniture: copyright and distribution notices, photo credits, advertisement
   * markers, tag lines, datelines of the page, cookie banners.
   */
  public static final String BOILERPLATE = "boilerplate";

  /** A paragraph that repeats an earlier one, or the title repeated as the first line. */
  public static final String REPEATED_PARAGRAPH = "repeated-paragraph";

  /** A reader-comment section inside the article. */
  public static final String COMMENTS = "comments";

  /** Navigation inside the article: menus, breadcrumbs, pagination. */
  public static final String NAVIGATION = "navigation";

  /** Figures and their captions. */
  public static final String CAPTION = "caption";

  /**
   * A literal backslash escape left at a line's start by a broken conversion ({@code \t}, {@code
   * &\t}) where the line's indentation once stood; see {@link Cleaner}.
   */
  public static final String ESCAPE_RESIDUE = "escape-residue";

  /** Every reason code, in the order above. */
  public static final List<String> ALL =
      List.of(LINK_SPAM, SHARE_PROMPT, BOILERPLATE, REPEATED_PARAGRAPH, COMMENTS, NAVIGATION, CAPTION, ESCAPE_RESIDUE);

  private Reasons() {}
}
