package dev.dossier.server.api;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.dossier.engine.IngestReport;
import dev.dossier.server.jobs.JobStatus;

/** The JSON form of an ingest job: its state, progress and, once done, its report. */
final class JobJson {

  private JobJson() {}

  static ObjectNode job(JobStatus job) {
    ObjectNode json = ApiJson.mapper().createObjectNode();
    json.put("id", job.id()).put("state", job.state().name());
    ArrayNode files = json.putArray("files");
    job.files().forEach(files::add);
    json.put("settled", job.settled()).put("bytesRead", job.bytesRead()).put("bytesTotal", job.bytesTotal()).put("fraction", job.fraction());
    ArrayNode rejections = json.putArray("rejections");
    job.rejections().forEach(rejections::add);
    json.put("submitted", job.submitted().toString()).put("finished", job.finished() == null ? null : job.finished().toString());
    IngestReport report = job.report();
    if (report == null) {
      json.putNull("report");
    } else {
      ObjectNode summary = json.putObject("report");
      summary.put("ingested", report.ingested()).put("updated", report.updated()).put("unchanged", report.unchanged()).put("rejected", report.rejected());
      summary.put("seconds", report.elapsed().toMillis() / 1000.0);
    }
    if (job.error() == null) {
      json.putNull("error");
    } else {
      json.set("error", ApiJson.error(job.error().code(), job.error().message()));
    }
    return json;
  }
}
