package vn.trolycongdoan.bot.web.dashboard;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.LinkedHashMap;
import java.util.Map;
import vn.trolycongdoan.bot.ask.InvalidRequestException;
import vn.trolycongdoan.bot.documents.CorpusDocument;
import vn.trolycongdoan.bot.documents.DocumentChanges;
import vn.trolycongdoan.bot.documents.DocumentJob;
import vn.trolycongdoan.bot.documents.MetadataForm;
import vn.trolycongdoan.bot.library.IndexingStatus;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.bot.web.ApiJson;
import vn.trolycongdoan.bot.web.StaffEndpoints;
import vn.trolycongdoan.bot.web.StaffRouter;
import vn.trolycongdoan.knowledge.DocumentSummary;

/**
 * The Văn bản page ({@code /quanly/vanban}) and its API: {@code GET /api/quanly/documents} (the
 * indexed documents with metadata, whether this account may change them, the latest jobs), {@code
 * POST /api/quanly/documents} (multipart: {@code file}, optional {@code folder}; answers 202 with
 * the job), {@code GET /api/quanly/documents/jobs/{id}} (a job's progress), {@code PUT
 * /api/quanly/documents/<id>} (JSON metadata, see {@link MetadataForm}) and {@code DELETE
 * /api/quanly/documents/<id>}, both answering 202 with the job. Ids hold slashes. Refusals are
 * {@link vn.trolycongdoan.bot.documents.DocumentException}s; an upload's body is never read past
 * {@link DocumentChanges#MAX_UPLOAD_BYTES} and one announced larger is refused before it is read.
 */
public final class DocumentEndpoints implements StaffEndpoints {

  /** Room for the multipart framing and the other fields around the file. */
  private static final int MULTIPART_OVERHEAD = 64 * 1024;

  private static final String BAD_JSON =
      "Nội dung yêu cầu không phải JSON hợp lệ, ví dụ {\"title\": \"…\", \"date\": \"2026-03-08\"}.";
  private static final String BAD_JOB = "Mã việc phải là một số nguyên dương.";

  private final DocumentChanges changes;
  private final IndexingStatus indexing;

  public DocumentEndpoints(DocumentChanges changes, IndexingStatus indexing) {
    this.changes = changes;
    this.indexing = indexing;
  }

  @Override
  public void register(StaffRouter router) {
    router
        .page("/quanly/vanban", DashboardPage.named("vanban"))
        .get("/api/quanly/documents", this::list)
        .post("/api/quanly/documents", this::upload)
        .get(
            "/api/quanly/documents/jobs/{job}",
            (ctx, member) -> ctx.json(view(changes.job(jobId(ctx)))))
        .put(
            "/api/quanly/documents/<id>",
            (ctx, member) ->
                accepted(
                    ctx, changes.edit(member, ctx.pathParam("id"), MetadataForm.from(body(ctx)))))
        .delete(
            "/api/quanly/documents/<id>",
            (ctx, member) -> accepted(ctx, changes.remove(member, ctx.pathParam("id"))));
  }

  private void list(Context ctx, StaffMember member) {
    Map<String, Object> answer = new LinkedHashMap<>();
    answer.put("documents", changes.documents().stream().map(DocumentEndpoints::view).toList());
    answer.put("mayChange", DocumentChanges.mayChange(member));
    answer.put("maxUploadBytes", DocumentChanges.MAX_UPLOAD_BYTES);
    answer.put("indexing", indexing.indexing());
    answer.put("jobs", changes.jobs().stream().map(DocumentEndpoints::view).toList());
    ctx.json(answer);
  }

  private void upload(Context ctx, StaffMember member) throws IOException {
    DocumentChanges.requireAdmin(member);
    DocumentChanges.checkLength(ctx.contentLength(), MULTIPART_OVERHEAD);
    UploadedFile file = ctx.isMultipartFormData() ? ctx.uploadedFile("file") : null;
    if (file == null) {
      throw DocumentChanges.noFile();
    }
    byte[] content;
    try (InputStream in = file.content()) {
      content = in.readNBytes(DocumentChanges.MAX_UPLOAD_BYTES + 1);
    }
    accepted(ctx, changes.upload(member, file.filename(), ctx.formParam("folder"), content));
  }

  private static void accepted(Context ctx, DocumentJob job) {
    ctx.status(202).json(view(job));
  }

  private static JsonNode body(Context ctx) {
    try {
      return ApiJson.mapper().readTree(ctx.body());
    } catch (JsonProcessingException e) {
      throw new InvalidRequestException(BAD_JSON);
    }
  }

  private static long jobId(Context ctx) {
    try {
      long id = Long.parseLong(ctx.pathParam("job"));
      if (id > 0) {
        return id;
      }
    } catch (NumberFormatException e) {
      // answered below
    }
    throw new InvalidRequestException(BAD_JOB);
  }

  private static Map<String, Object> view(CorpusDocument document) {
    DocumentSummary summary = document.summary();
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", summary.id());
    view.put("file", summary.file());
    view.put("kind", summary.kind());
    view.put("number", summary.number());
    view.put("title", summary.title());
    view.put("date", summary.date());
    view.put("issuer", summary.issuer());
    view.put("place", summary.place());
    view.put("signer", summary.signer());
    view.put("passages", summary.passages());
    view.put("bundled", document.bundled());
    view.put("sidecar", document.sidecar());
    return view;
  }

  private static Map<String, Object> view(DocumentJob job) {
    Map<String, Object> view = new LinkedHashMap<>();
    view.put("id", job.id());
    view.put("kind", job.kind().key());
    view.put("file", job.file());
    view.put("documentId", job.documentId());
    view.put("state", job.state().key());
    view.put("finished", job.state().finished());
    view.put("done", job.done());
    view.put("total", job.total());
    view.put("passages", job.passages());
    view.put("message", job.message());
    return view;
  }
}
