package dev.dossier.server.jobs;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import dev.dossier.core.Rejection;
import dev.dossier.engine.Engine;
import dev.dossier.engine.IngestListener;
import dev.dossier.engine.IngestReport;
import dev.dossier.ingest.IngestOptions;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Ingests uploaded files in the background, one job at a time (the engine runs one ingest at a
 * time), and reports each job's progress while the server goes on answering searches.
 *
 * <p>An upload is first written to {@code uploads/JOB/} in the data folder under a cleaned name
 * (letters, digits, {@code . _ -} only, so no name can reach outside that folder) that keeps its
 * extension, which tells the reader its format. The folder is deleted when the job ends: the store
 * then holds what was read. The last {@value #KEPT} jobs are remembered until the server stops.
 *
 * <p>Thread-safe.
 */
public final class IngestJobs implements AutoCloseable {

  static final int KEPT = 50;
  private static final int KEPT_REJECTIONS = 50;
  private static final Pattern UNSAFE = Pattern.compile("[^A-Za-z0-9._-]");

  /** One file of an upload. */
  public record Upload(String name, InputStream content) {}

  private final Engine engine;
  private final Path uploads;
  private final Clock clock;
  private final ExecutorService runner = Executors.newSingleThreadExecutor(runnable -> {
    Thread thread = new Thread(runnable, "dossier-ingest-job");
    thread.setDaemon(true);
    return thread;
  });
  private final AtomicLong ids = new AtomicLong();
  private final Map<String, Job> jobs = new LinkedHashMap<>();

  public IngestJobs(Engine engine, Path uploads, Clock clock) {
    this.engine = engine;
    this.uploads = uploads;
    this.clock = clock;
  }

  /**
   * Saves the uploads and queues their ingest.
   *
   * @param maxBytes the most the uploads may hold together
   * @throws DossierException {@link ErrorCode#TOO_LARGE} if they hold more (nothing is queued),
   *     {@link ErrorCode#BAD_ARGUMENT} if there is no file, {@link ErrorCode#STORE_UNAVAILABLE} if
   *     they cannot be saved
   */
  public JobStatus submit(List<Upload> files, IngestOptions options, long maxBytes) {
    if (files.isEmpty()) {
      throw new DossierException(ErrorCode.BAD_ARGUMENT, "no file was uploaded: send one or more files in the form field 'file'");
    }
    String id = Long.toString(ids.incrementAndGet());
    Path folder = uploads.resolve("job-" + id);
    List<String> paths = new ArrayList<>();
    List<String> names = new ArrayList<>();
    long total = 0;
    try {
      Files.createDirectories(folder);
      for (int i = 0; i < files.size(); i++) {
        Upload upload = files.get(i);
        Path target = folder.resolve(i + "-" + safeName(upload.name()));
        total += copy(upload.content(), target, maxBytes - total, upload.name());
        paths.add(target.toString());
        names.add(upload.name() == null ? "upload" : upload.name());
      }
    } catch (IOException e) {
      deleteQuietly(folder);
      throw new DossierException(ErrorCode.STORE_UNAVAILABLE, "cannot save the upload in " + folder + ": " + e, e);
    } catch (RuntimeException e) {
      deleteQuietly(folder);
      throw e;
    }
    Map<String, String> shownAs = new LinkedHashMap<>();
    for (int i = 0; i < paths.size(); i++) {
      shownAs.put(paths.get(i), names.get(i));
    }
    Job job = new Job(id, names, shownAs, total, clock.instant());
    synchronized (jobs) {
      jobs.put(id, job);
      while (jobs.size() > KEPT) {
        String oldest = jobs.keySet().iterator().next();
        if (!jobs.get(oldest).status().state().finished()) {
          break;
        }
        jobs.remove(oldest);
      }
    }
    runner.submit(() -> run(job, paths, folder, options));
    return job.status();
  }

  /** The job with this id, if it is remembered. */
  public Optional<JobStatus> job(String id) {
    synchronized (jobs) {
      return Optional.ofNullable(jobs.get(id)).map(Job::status);
    }
  }

  /** The remembered jobs, newest first. */
  public List<JobStatus> jobs() {
    synchronized (jobs) {
      return jobs.values().stream().map(Job::status).sorted(Comparator.comparing(JobStatus::submitted).reversed()).toList();
    }
  }

  private void run(Job job, List<String> paths, Path folder, IngestOptions options) {
    job.running();
    try {
      IngestReport report = engine.ingest(paths, options, job);
      job.done(report, clock.instant());
    } catch (DossierException e) {
      job.failed(new JobStatus.Failure(e.code().code(), e.getMessage()), clock.instant());
    } catch (RuntimeException e) {
      job.failed(new JobStatus.Failure(ErrorCode.SERVER_FAILED.code(), "the ingest stopped: " + e), clock.instant());
    } finally {
      deleteQuietly(folder);
    }
  }

  /** Stops taking jobs and waits briefly for the running one. */
  @Override
  public void close() {
    runner.shutdownNow();
    try {
      runner.awaitTermination(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /** A name that stays inside its folder: unsafe characters become '_', and it never starts with a dot. */
  static String safeName(String name) {
    String base = name == null ? "" : name.replace('\\', '/');
    base = base.substring(base.lastIndexOf('/') + 1);
    String cleaned = UNSAFE.matcher(base).replaceAll("_");
    while (cleaned.startsWith(".")) {
      cleaned = cleaned.substring(1);
    }
    if (cleaned.length() > 100) {
      cleaned = cleaned.substring(cleaned.length() - 100);
    }
    return cleaned.isEmpty() ? "upload" : cleaned;
  }

  private static long copy(InputStream in, Path target, long allowed, String name) throws IOException {
    long written = 0;
    byte[] buffer = new byte[64 * 1024];
    try (InputStream source = in; OutputStream out = Files.newOutputStream(target)) {
      for (int read; (read = source.read(buffer)) > 0; ) {
        written += read;
        if (written > allowed) {
          throw new DossierException(ErrorCode.TOO_LARGE, "upload '" + name + "' is larger than the server accepts");
        }
        out.write(buffer, 0, read);
      }
    }
    return written;
  }

  private static void deleteQuietly(Path folder) {
    if (!Files.exists(folder)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(folder)) {
      walk.sorted(Comparator.reverseOrder()).forEach(path -> {
        try {
          Files.deleteIfExists(path);
        } catch (IOException ignored) {
          // A leftover upload costs disk space, nothing else; the next start may clear it.
        }
      });
    } catch (IOException ignored) {
      // As above.
    }
  }

  /** One job's mutable state, updated by the ingest thread and read by request threads. */
  private static final class Job implements IngestListener {
    private final String id;
    private final List<String> files;
    private final Map<String, String> shownAs;
    private final long bytesTotal;
    private final Instant submitted;
    private final List<String> rejections = new ArrayList<>();
    private JobStatus.State state = JobStatus.State.QUEUED;
    private long settled;
    private long bytesRead;
    private IngestReport report;
    private JobStatus.Failure error;
    private Instant finished;

    Job(String id, List<String> files, Map<String, String> shownAs, long bytesTotal, Instant submitted) {
      this.id = id;
      this.files = files;
      this.shownAs = shownAs;
      this.bytesTotal = bytesTotal;
      this.submitted = submitted;
    }

    synchronized JobStatus status() {
      return new JobStatus(id, files, state, settled, bytesRead, bytesTotal, rejections, report, error, submitted, finished);
    }

    synchronized void running() {
      state = JobStatus.State.RUNNING;
    }

    synchronized void done(IngestReport result, Instant at) {
      report = result;
      settled = result.total();
      bytesRead = bytesTotal;
      state = JobStatus.State.DONE;
      finished = at;
    }

    synchronized void failed(JobStatus.Failure failure, Instant at) {
      error = failure;
      state = JobStatus.State.FAILED;
      finished = at;
    }

    @Override
    public synchronized void progress(long articles, long read, long total) {
      settled = articles;
      // The reader counts bytes per file; across several files it restarts, so keep the maximum share.
      bytesRead = Math.max(bytesRead, Math.min(read, bytesTotal));
    }

    @Override
    public synchronized void rejected(Rejection rejection) {
      if (rejections.size() < KEPT_REJECTIONS) {
        // Name the file as the user sent it, not as it was saved in the upload folder.
        String message = rejection.message();
        for (Map.Entry<String, String> saved : shownAs.entrySet()) {
          message = message.replace(saved.getKey(), saved.getValue());
        }
        rejections.add(message);
      }
    }
  }
}
