package dev.dossier.store;

import dev.dossier.core.DossierException;
import dev.dossier.core.ErrorCode;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * One process's exclusive claim on a data folder: an operating-system lock on {@code dossier.lock}
 * holding the owner's pid, so a second process is told who has the folder.
 *
 * <p>The lock is released by the operating system when the process dies, even by {@code kill -9},
 * so a stale lock file never blocks a restart. The file itself is never deleted: deleting it would
 * let two processes lock two different files of the same name.
 */
final class FolderLock implements AutoCloseable {

  static final String FILE_NAME = "dossier.lock";

  private final FileChannel channel;
  private final FileLock lock;

  private FolderLock(FileChannel channel, FileLock lock) {
    this.channel = channel;
    this.lock = lock;
  }

  /**
   * Takes the lock or fails at once.
   *
   * @throws DossierException {@link ErrorCode#STORE_LOCKED} naming the holder's pid if another
   *     process or another open {@link Store} in this one holds the folder; {@link
   *     ErrorCode#STORE_UNAVAILABLE} if the lock file cannot be created
   */
  static FolderLock acquire(Path dataDir) {
    Path file = dataDir.resolve(FILE_NAME);
    FileChannel channel;
    try {
      channel = FileChannel.open(file, StandardOpenOption.READ, StandardOpenOption.WRITE, StandardOpenOption.CREATE);
    } catch (IOException e) {
      throw new DossierException(ErrorCode.STORE_UNAVAILABLE, "cannot create lock file " + file + ": " + e, e);
    }
    try {
      FileLock lock;
      try {
        lock = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        // Java keeps file locks per process, so a second Store in this JVM lands here.
        closeQuietly(channel);
        throw new DossierException(
            ErrorCode.STORE_LOCKED, dataDir + " is already open in this process (pid " + ProcessHandle.current().pid() + ")");
      }
      if (lock == null) {
        String holder = readPid(channel);
        closeQuietly(channel);
        throw new DossierException(ErrorCode.STORE_LOCKED, dataDir + " is in use by another Dossier process (pid " + holder + ")");
      }
      channel.truncate(0);
      channel.write(ByteBuffer.wrap((ProcessHandle.current().pid() + "\n").getBytes(StandardCharsets.US_ASCII)), 0);
      channel.force(false);
      return new FolderLock(channel, lock);
    } catch (IOException e) {
      closeQuietly(channel);
      throw new DossierException(ErrorCode.STORE_UNAVAILABLE, "cannot lock " + file + ": " + e, e);
    }
  }

  private static String readPid(FileChannel channel) throws IOException {
    ByteBuffer buffer = ByteBuffer.allocate(32);
    channel.read(buffer, 0);
    String pid = new String(buffer.array(), 0, buffer.position(), StandardCharsets.US_ASCII).strip();
    // The holder truncates before writing its pid, so a reader can catch the file empty.
    return pid.isEmpty() ? "unknown" : pid;
  }

  private static void closeQuietly(FileChannel channel) {
    try {
      channel.close();
    } catch (IOException ignored) {
      // Nothing was written through it; the lock, if any, goes with the channel.
    }
  }

  @Override
  public void close() throws IOException {
    try {
      lock.release();
    } finally {
      channel.close();
    }
  }
}
