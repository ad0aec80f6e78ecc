package dev.dossier.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;

/**
 * The machine a benchmark ran on, so that its numbers can be read in context.
 *
 * @param cores processors available to the JVM
 * @param cpu the processor model, or {@code unknown} where it cannot be read
 * @param memoryBytes physical memory, or 0 where it cannot be read
 * @param os operating system name, version and architecture
 * @param jdk the JVM's name and version
 * @param childJvmArguments the options each system's JVM was started with
 */
public record Machine(int cores, String cpu, long memoryBytes, String os, String jdk, List<String> childJvmArguments) {

  public Machine {
    Objects.requireNonNull(cpu, "cpu");
    Objects.requireNonNull(os, "os");
    Objects.requireNonNull(jdk, "jdk");
    childJvmArguments = List.copyOf(childJvmArguments);
  }

  /** This machine, for children started with the given JVM options. */
  static Machine current(List<String> childJvmArguments) {
    long memory = 0;
    if (java.lang.management.ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
      memory = os.getTotalMemorySize();
    }
    return new Machine(
        Runtime.getRuntime().availableProcessors(),
        cpuModel(),
        memory,
        System.getProperty("os.name") + " " + System.getProperty("os.version") + " " + System.getProperty("os.arch"),
        System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version"),
        childJvmArguments);
  }

  /** The "model name" line of /proc/cpuinfo on Linux; elsewhere unknown. */
  private static String cpuModel() {
    Path cpuinfo = Path.of("/proc/cpuinfo");
    if (!Files.isReadable(cpuinfo)) {
      return "unknown";
    }
    try (var lines = Files.lines(cpuinfo)) {
      return lines.filter(l -> l.startsWith("model name")).map(l -> l.substring(l.indexOf(':') + 1).strip()).findFirst().orElse("unknown");
    } catch (IOException | java.io.UncheckedIOException e) {
      return "unknown";
    }
  }
}
