package dev.dossier.server.web;

import dev.dossier.engine.IngestReport;
import dev.dossier.server.html.Html;
import dev.dossier.server.html.Urls;
import dev.dossier.server.jobs.JobStatus;
import java.util.List;
import java.util.Locale;

/**
 * Uploading files to ingest, and following a job. The form posts to {@code /ingest} with the
 * access token in a field (the server printed it on start); the job page polls its progress
 * fragment with htmx once a second until the job ends, and without script shows a reload link.
 */
final class IngestPage {

  private IngestPage() {}

  static String form(List<JobStatus> jobs, String tokenFile) {
    return Layout.page("Ingest", Layout.Nav.INGEST, "", html -> {
      html.element("h1", "Ingest articles");
      html.element("p", "Upload .jsonl, .txt, .html, .warc or .warc.gz files. They are read, cleaned, analysed and stored in the background; "
          + "articles already stored unchanged are skipped.", "class", "muted");
      html.open("form", "class", "upload", "action", "/ingest", "method", "post", "enctype", "multipart/form-data");
      html.element("label", "Files", "for", "upload-file");
      html.empty("input", "type", "file", "id", "upload-file", "name", "file", "multiple", "", "required", "",
          "accept", ".jsonl,.txt,.html,.htm,.warc,.gz");
      html.element("label", "Source, for articles without one", "for", "upload-source");
      html.empty("input", "type", "text", "id", "upload-source", "name", "source", "maxlength", "200");
      html.element("label", "Published, for articles without a date", "for", "upload-published");
      html.empty("input", "type", "date", "id", "upload-published", "name", "published");
      html.element("label", "Access token", "for", "upload-token");
      html.empty("input", "type", "password", "id", "upload-token", "name", "token", "required", "", "autocomplete", "current-password");
      html.element("p", "The token was printed when the server started; it is also in " + tokenFile + ".", "class", "hint muted");
      html.element("button", "Upload and ingest", "type", "submit");
      html.close("form");
      if (!jobs.isEmpty()) {
        html.element("h2", "Jobs");
        html.open("ul", "class", "jobs");
        for (JobStatus job : jobs) {
          html.open("li");
          html.element("a", "Job " + job.id() + ": " + String.join(", ", job.files()), "href", "/jobs/" + Urls.segment(job.id()));
          html.text(" ").element("span", job.state().name().toLowerCase(Locale.ROOT), "class", "state " + job.state().name().toLowerCase(Locale.ROOT));
          html.close("li");
        }
        html.close("ul");
      }
    });
  }

  static String job(JobStatus job) {
    return Layout.page("Job " + job.id(), Layout.Nav.INGEST, "", html -> {
      html.element("h1", "Ingest job " + job.id());
      html.element("p", String.join(", ", job.files()), "class", "muted");
      progress(html, job);
    });
  }

  static String progressFragment(JobStatus job) {
    Html html = Html.fragment();
    progress(html, job);
    return html.render();
  }

  private static void progress(Html html, JobStatus job) {
    String self = "/jobs/" + Urls.segment(job.id()) + "/progress";
    html.open("div", "id", "job", "class", "job", "aria-live", "polite",
        "hx-get", job.state().finished() ? null : self, "hx-trigger", job.state().finished() ? null : "every 1s", "hx-swap", "outerHTML");
    String state = job.state().name().toLowerCase(Locale.ROOT);
    html.open("p");
    html.element("span", state, "class", "state " + state);
    html.text(" · " + Format.number(job.settled()) + " inputs settled · " + Format.number(job.bytesRead()) + " of " + Format.number(job.bytesTotal()) + " bytes read");
    html.close("p");
    html.element("progress", Math.round(job.fraction() * 100) + "%", "max", "100", "value", String.valueOf(Math.round(job.fraction() * 100)));
    IngestReport report = job.report();
    if (report != null) {
      html.element("p", String.format(Locale.ROOT, "%,d new, %,d updated, %,d unchanged, %,d rejected in %.1f s.",
          report.ingested(), report.updated(), report.unchanged(), report.rejected(), report.elapsed().toMillis() / 1000.0), "class", "report");
      html.element("a", "Search the store →", "href", "/search");
    }
    if (job.error() != null) {
      html.open("p", "class", "error").text(job.error().message()).text(" ").element("code", job.error().code()).close("p");
    }
    if (!job.rejections().isEmpty()) {
      html.element("h2", "Rejected");
      html.open("ul", "class", "log");
      job.rejections().forEach(message -> html.element("li", message));
      html.close("ul");
    }
    if (!job.state().finished()) {
      html.element("a", "Reload", "href", "/jobs/" + Urls.segment(job.id()), "class", "noscript-reload");
    }
    html.close("div");
  }
}
