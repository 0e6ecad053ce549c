package vn.trolycongdoan.knowledge.index;

import java.io.IOException;
import java.nio.file.Path;

/** Another process (usually a running server) holds the index open for writing. */
public final class IndexInUseException extends IOException {

  public IndexInUseException(Path dir, Throwable cause) {
    super("index is in use by another process: " + dir, cause);
  }
}
