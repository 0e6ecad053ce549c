package vn.trolycongdoan.knowledge;

/**
 * Told about indexing as it goes. Called from the indexing thread; implementations must be quick.
 */
public interface IndexProgress {

  IndexProgress NONE = (done, total, file) -> {};

  /** {@code done} of {@code total} files handled; {@code file} is the one just handled. */
  void fileDone(int done, int total, String file);
}
