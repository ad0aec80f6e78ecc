package dev.dossier.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * CPU time of the calling thread, in nanoseconds. Per-thread CPU time, summed over workers, gives
 * a throughput per core that does not depend on how many cores the machine has or how busy it is.
 */
final class CpuClock {

  private static final ThreadMXBean THREADS = ManagementFactory.getThreadMXBean();

  static {
    if (THREADS.isCurrentThreadCpuTimeSupported() && !THREADS.isThreadCpuTimeEnabled()) {
      THREADS.setThreadCpuTimeEnabled(true);
    }
  }

  private CpuClock() {}

  /**
   * @throws IllegalStateException if this JVM cannot measure thread CPU time
   */
  static long threadNanos() {
    long nanos = THREADS.getCurrentThreadCpuTime();
    if (nanos < 0) {
      throw new IllegalStateException("this JVM cannot measure thread CPU time, which the benchmark needs");
    }
    return nanos;
  }
}
