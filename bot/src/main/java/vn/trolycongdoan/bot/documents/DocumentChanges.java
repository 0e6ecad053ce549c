package vn.trolycongdoan.bot.documents;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.trolycongdoan.bot.documents.DocumentException.Reason;
import vn.trolycongdoan.bot.library.DocumentLibrary;
import vn.trolycongdoan.bot.library.IndexRefresh;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.knowledge.DocumentSummary;
import vn.trolycongdoan.knowledge.IndexProgress;
import vn.trolycongdoan.knowledge.IndexReport;
import vn.trolycongdoan.knowledge.KnowledgeBase;
import vn.trolycongdoan.knowledge.ingest.DocumentMetadata;
import vn.trolycongdoan.knowledge.ingest.Sidecar;

/**
 * The documents staff see and change from the dashboard. Anyone signed in may list them; only an
 * admin (a staff member without a unit) may upload, edit or remove one. Each change is checked at
 * once (refusals are {@link DocumentException}s, and nothing is changed then) and run as a {@link
 * DocumentJob} on a thread of its own, one after another, so the corpus folder is changed by one
 * job at a time: an upload is read as indexing would read it before it enters the corpus (a broken
 * or empty file never does), then the index is refreshed and the job ends when the document is
 * searchable. A job whose refresh fails or skips its file undoes its change in the corpus and
 * refreshes again, so nothing is left half-indexed. Jobs are kept in memory ({@link DocumentJobs}).
 * Thread-safe.
 */
public final class DocumentChanges implements AutoCloseable {

  /** The largest file accepted. */
  public static final int MAX_UPLOAD_BYTES = 20 * 1024 * 1024;

  private static final Logger log = LoggerFactory.getLogger(DocumentChanges.class);

  private final CorpusFolder folder;
  private final DocumentLibrary library;
  private final IndexRefresh index;
  private final DocumentJobs jobs = new DocumentJobs();

  /**
   * @param corpusDir the folder the index reads; what a previous run left staged in it is removed
   * @throws IOException if the staging folder cannot be cleared
   */
  public DocumentChanges(Path corpusDir, DocumentLibrary library, IndexRefresh index)
      throws IOException {
    this.folder = new CorpusFolder(corpusDir);
    this.library = library;
    this.index = index;
    folder.clearStaging();
  }

  /** The indexed documents, ordered by id. */
  public List<CorpusDocument> documents() {
    return library.documents().stream()
        .map(
            document ->
                new CorpusDocument(
                    document,
                    CorpusFolder.bundled(document),
                    folder.fileOf(document).flatMap(Sidecar::of).isPresent()))
        .toList();
  }

  /** Whether {@code member} may change documents. */
  public static boolean mayChange(StaffMember member) {
    return member.unitCode() == null;
  }

  /**
   * Refuses an upload by the length its request announces, before its body is read.
   *
   * @param announced the request's {@code Content-Length}, negative when it has none
   * @param overhead the bytes the request may hold besides the file
   * @throws DocumentException 411 without a length, 413 when larger than a file of {@link
   *     #MAX_UPLOAD_BYTES} could make it
   */
  public static void checkLength(long announced, int overhead) {
    if (announced < 0) {
      throw new DocumentException(Reason.LENGTH_REQUIRED, DocumentTexts.LENGTH_REQUIRED);
    }
    if (announced > (long) MAX_UPLOAD_BYTES + overhead) {
      throw new DocumentException(Reason.TOO_LARGE, DocumentTexts.tooLarge(MAX_UPLOAD_BYTES));
    }
  }

  /** The refusal of an upload request that holds no file. */
  public static DocumentException noFile() {
    return new DocumentException(Reason.BAD_REQUEST, DocumentTexts.NO_FILE);
  }

  /**
   * Stages an upload and starts its job.
   *
   * @param sentName the file name as the browser sent it
   * @param folderKey {@code plans} or {@code laws}; {@code null} or blank for {@code plans}
   * @throws DocumentException 403 for a staff account, 400/415 for a bad name, type or folder or an
   *     empty file, 413 for a file over {@link #MAX_UPLOAD_BYTES}, 409 for a name taken
   */
  public DocumentJob upload(StaffMember by, String sentName, String folderKey, byte[] content) {
    requireAdmin(by);
    String name = UploadCheck.fileName(sentName);
    String folderName =
        folderKey == null || folderKey.isBlank() ? CorpusFolder.FOLDERS.get(0) : folderKey.strip();
    if (!CorpusFolder.FOLDERS.contains(folderName)) {
      throw new DocumentException(Reason.BAD_REQUEST, DocumentTexts.badFolder(folderName));
    }
    if (content.length > MAX_UPLOAD_BYTES) {
      throw new DocumentException(Reason.TOO_LARGE, DocumentTexts.tooLarge(MAX_UPLOAD_BYTES));
    }
    UploadCheck.content(name, content);
    Path target = folder.target(folderName, name);
    String id = folder.documentId(target);
    Path staged;
    try {
      if (folder.taken(target) || find(id).isPresent()) {
        throw new DocumentException(Reason.CONFLICT, DocumentTexts.exists(id));
      }
      staged = folder.stage(name, content);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return jobs.start(DocumentJob.Kind.UPLOAD, name, id, job -> runUpload(job, staged, target));
  }

  /**
   * Writes a document's sidecar with {@code metadata} (see {@link Sidecar#write}) and starts the
   * job that indexes it again.
   *
   * @throws DocumentException 403 for a staff account, 404 for no such document
   */
  public DocumentJob edit(StaffMember by, String id, DocumentMetadata metadata) {
    requireAdmin(by);
    DocumentSummary document = existing(id);
    return jobs.start(
        DocumentJob.Kind.EDIT,
        document.file(),
        id,
        job -> {
          Path file = fileOf(document);
          Optional<Path> before = Sidecar.of(file);
          byte[] previous = before.isPresent() ? Files.readAllBytes(before.get()) : null;
          Sidecar.write(file, metadata);
          refresh(
              job,
              file,
              () -> {
                folder.deleteSidecars(file);
                if (previous != null) {
                  Files.write(before.get(), previous);
                }
              });
        });
  }

  /**
   * Removes a document's file and sidecar (a bundled one too: the seeded copy is not seeded again)
   * and starts the job that drops it from the index.
   *
   * @throws DocumentException 403 for a staff account, 404 for no such document
   */
  public DocumentJob remove(StaffMember by, String id) {
    requireAdmin(by);
    DocumentSummary document = existing(id);
    return jobs.start(
        DocumentJob.Kind.REMOVE,
        document.file(),
        id,
        job -> {
          folder.delete(fileOf(document));
          update(job, j -> j.in(DocumentJob.State.INDEXING));
          index.refreshNow((done, total, file) -> update(job, j -> j.progress(done, total)));
          update(job, j -> j.succeeded(0));
        });
  }

  /**
   * @throws DocumentException 404 for no such job, or one no longer kept
   */
  public DocumentJob job(long id) {
    return jobs.get(id);
  }

  /** The jobs kept (the latest {@value DocumentJobs#KEPT}), newest first. */
  public List<DocumentJob> jobs() {
    return jobs.all();
  }

  /** Lets the jobs asked for finish (up to a bound), see {@link DocumentJobs#close}. */
  @Override
  public void close() {
    jobs.close();
  }

  private void runUpload(long job, Path staged, Path target) throws IOException {
    update(job, j -> j.in(DocumentJob.State.CHECKING));
    String name = target.getFileName().toString();
    DocumentSummary read;
    try {
      read = KnowledgeBase.inspect(staged);
    } catch (IOException e) {
      log.info("Upload {} refused: {}", name, e.getMessage());
      folder.discard(staged);
      update(job, j -> j.failed(DocumentTexts.unreadable(name)));
      return;
    }
    if (read.passages() == 0) {
      folder.discard(staged);
      update(job, j -> j.failed(DocumentTexts.noText(name)));
      return;
    }
    try {
      folder.moveIn(staged, target);
    } catch (FileAlreadyExistsException e) {
      folder.discard(staged);
      update(job, j -> j.failed(DocumentTexts.exists(folder.documentId(target))));
      return;
    }
    refresh(job, target, () -> folder.delete(target));
  }

  /** Takes a job's change back out of the corpus folder. */
  @FunctionalInterface
  private interface Undo {
    void run() throws IOException;
  }

  /**
   * Refreshes the index after {@code file} was added or changed, and ends the job once the document
   * is searchable; if the refresh fails or skips the file, undoes the change and refreshes again.
   */
  private void refresh(long job, Path file, Undo undo) throws IOException {
    update(job, j -> j.in(DocumentJob.State.INDEXING));
    String id = folder.documentId(file);
    String path = folder.relative(file);
    IndexReport report;
    try {
      report = index.refreshNow((done, total, name) -> update(job, j -> j.progress(done, total)));
    } catch (IOException e) {
      undo.run();
      index.refreshNow(IndexProgress.NONE);
      throw e;
    }
    boolean skipped =
        Stream.concat(report.failed().stream(), report.empty().stream())
            .anyMatch(skip -> skip.path().equals(path));
    Optional<DocumentSummary> indexed = find(id);
    if (skipped || indexed.isEmpty()) {
      undo.run();
      index.refreshNow(IndexProgress.NONE);
      String name = file.getFileName().toString();
      update(job, j -> j.failed(DocumentTexts.unreadable(name)));
      return;
    }
    update(job, j -> j.succeeded(indexed.get().passages()));
  }

  private void update(long job, UnaryOperator<DocumentJob> change) {
    jobs.update(job, change);
  }

  private Optional<DocumentSummary> find(String id) {
    return library.documents().stream().filter(d -> d.id().equals(id)).findFirst();
  }

  private DocumentSummary existing(String id) {
    return find(id)
        .orElseThrow(() -> new DocumentException(Reason.NOT_FOUND, DocumentTexts.notFound(id)));
  }

  private Path fileOf(DocumentSummary document) throws IOException {
    return folder
        .fileOf(document)
        .orElseThrow(() -> new IOException("no file for document " + document.id()));
  }

  /**
   * @throws DocumentException 403 unless {@code by} {@linkplain #mayChange may change} documents
   */
  public static void requireAdmin(StaffMember by) {
    if (!mayChange(by)) {
      throw new DocumentException(Reason.FORBIDDEN, DocumentTexts.FORBIDDEN);
    }
  }
}
