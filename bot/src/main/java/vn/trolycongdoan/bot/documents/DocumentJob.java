package vn.trolycongdoan.bot.documents;

import java.util.Locale;

/**
 * One change to the documents as it runs: an upload, a metadata edit or a removal, and the refresh
 * of the index that follows it.
 *
 * @param id its key, counted from 1 since the service started
 * @param kind what it changes
 * @param file the file's name in the corpus folder, e.g. {@code ke-hoach-12.docx}
 * @param documentId the document's id, e.g. {@code plans/ke-hoach-12}
 * @param state where it stands
 * @param done files of the corpus the refresh has handled so far
 * @param total files the refresh handles; 0 until it starts
 * @param passages the document's passages once searchable; 0 otherwise
 * @param message what went wrong, in Vietnamese, when {@link State#FAILED}; else {@code null}
 */
public record DocumentJob(
    long id,
    Kind kind,
    String file,
    String documentId,
    State state,
    int done,
    int total,
    int passages,
    String message) {

  /** What a job changes. */
  public enum Kind {
    UPLOAD,
    EDIT,
    REMOVE;

    /** As the API writes it: {@code upload}, {@code edit}, {@code remove}. */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** Where a job stands; {@link #DONE} and {@link #FAILED} are final. */
  public enum State {
    /** Waiting for the jobs before it. */
    QUEUED,
    /** Reading the uploaded file as indexing would. */
    CHECKING,
    /** Refreshing the index. */
    INDEXING,
    /** Finished: searchable (or gone, for a removal). */
    DONE,
    /** Refused; nothing of it is left in the corpus or the index. */
    FAILED;

    /** As the API writes it: {@code queued}, {@code checking}… */
    public String key() {
      return name().toLowerCase(Locale.ROOT);
    }

    public boolean finished() {
      return this == DONE || this == FAILED;
    }
  }

  DocumentJob in(State next) {
    return new DocumentJob(id, kind, file, documentId, next, done, total, passages, message);
  }

  DocumentJob progress(int filesDone, int files) {
    return new DocumentJob(id, kind, file, documentId, state, filesDone, files, passages, message);
  }

  DocumentJob succeeded(int searchable) {
    return new DocumentJob(
        id, kind, file, documentId, State.DONE, done, total, searchable, message);
  }

  DocumentJob failed(String why) {
    return new DocumentJob(id, kind, file, documentId, State.FAILED, done, total, 0, why);
  }
}
