package vn.trolycongdoan.bot.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HttpResponseException;
import io.javalin.http.MethodNotAllowedResponse;
import io.javalin.router.EndpointNotFound;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.io.InputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.trolycongdoan.bot.ask.InvalidRequestException;
import vn.trolycongdoan.bot.broadcasts.BroadcastException;
import vn.trolycongdoan.bot.documents.DocumentChanges;
import vn.trolycongdoan.bot.documents.DocumentException;
import vn.trolycongdoan.bot.reports.staff.StaffRequestException;

/** Maps every exception a route may throw to a JSON error, once for the whole API. */
final class ApiErrors {

  /**
   * How much of a body too large is read and dropped before its 413 (see dropUnreadBody): enough
   * for an upload up to twice the largest file taken, so that someone sending a 25 MB file gets the
   * answer.
   */
  private static final long MAX_DROPPED_BYTES = 2L * DocumentChanges.MAX_UPLOAD_BYTES;

  private static final Logger log = LoggerFactory.getLogger(ApiErrors.class);

  private ApiErrors() {}

  static void register(RoutesConfig routes) {
    routes.exception(InvalidRequestException.class, (e, ctx) -> respond(ctx, 400, e.getMessage()));
    routes.exception(
        StaffRequestException.class,
        (e, ctx) -> {
          int status = status(e.reason());
          if (status == 401) {
            ctx.header("WWW-Authenticate", "Bearer");
          }
          respond(ctx, status, e.getMessage());
        });
    routes.exception(
        BroadcastException.class, (e, ctx) -> respond(ctx, status(e.reason()), e.getMessage()));
    routes.exception(
        DocumentException.class, (e, ctx) -> respond(ctx, status(e.reason()), e.getMessage()));
    routes.exception(NotFoundException.class, (e, ctx) -> respond(ctx, 404, e.getMessage()));
    routes.exception(BodyTooLargeException.class, (e, ctx) -> respond(ctx, 413, e.getMessage()));
    routes.exception(
        UnsupportedContentTypeException.class, (e, ctx) -> respond(ctx, 415, e.getMessage()));
    routes.exception(
        NotReadyException.class,
        (e, ctx) -> {
          ctx.header("Retry-After", String.valueOf(NotReadyException.RETRY_AFTER_SECONDS));
          respond(ctx, 503, e.getMessage());
        });
    routes.exception(
        EndpointNotFound.class,
        (e, ctx) ->
            respond(
                ctx,
                404,
                "Không có đường dẫn "
                    + ctx.path()
                    + ". Xem /api/chat, /api/ask, /api/documents, /health, /api/reports, /api/rollup, /api/broadcasts."));
    routes.exception(
        MethodNotAllowedResponse.class,
        (e, ctx) -> {
          String allowed = e.getDetails().get("availableMethods");
          if (allowed != null) {
            ctx.header("Allow", allowed);
          }
          respond(ctx, 405, ErrorTexts.methodNotAllowed(ctx.method().name(), ctx.path(), allowed));
        });
    routes.exception(
        HttpResponseException.class,
        (e, ctx) -> respond(ctx, e.getStatus(), ErrorTexts.forStatus(e.getStatus())));
    routes.exception(
        Exception.class,
        (e, ctx) -> {
          log.error("Unhandled error on {} {}", ctx.method(), ctx.path(), e);
          respond(ctx, 500, ErrorTexts.SERVER_FAILURE);
        });
  }

  /**
   * Gives an error answered with a status only (e.g. the Telegram webhook's 403) the JSON body of
   * every other error; for {@code RoutesConfig#after}.
   */
  static void bodyForBareErrors(Context ctx) {
    if (ctx.statusCode() >= 400 && ctx.result() == null && ctx.resultInputStream() == null) {
      respond(ctx, ctx.statusCode(), ErrorTexts.forStatus(ctx.statusCode()));
    }
  }

  /** A {@link Error} thrown by a route (e.g. out of memory): logged, answered as a JSON 500. */
  static void fatal(HttpServletResponse response, Error error) {
    log.error("Fatal error while serving a request", error);
    try {
      response.setStatus(500);
      response.setContentType("application/json;charset=utf-8");
      response.getWriter().write(JsonErrorHandler.text(500));
    } catch (IOException | IllegalStateException e) {
      log.warn("Could not answer the request after the error: {}", e.toString());
    }
  }

  private static int status(StaffRequestException.Reason reason) {
    return switch (reason) {
      case NOT_AUTHENTICATED -> 401;
      case OUTSIDE_SUBTREE, FORBIDDEN -> 403;
      case BAD_REQUEST -> 400;
      case CONFLICT -> 409;
    };
  }

  private static int status(BroadcastException.Reason reason) {
    return switch (reason) {
      case BAD_REQUEST -> 400;
      case OUTSIDE_SUBTREE -> 403;
      case NOT_FOUND -> 404;
      case WRONG_STATE -> 409;
    };
  }

  private static int status(DocumentException.Reason reason) {
    return switch (reason) {
      case BAD_REQUEST -> 400;
      case FORBIDDEN -> 403;
      case NOT_FOUND -> 404;
      case CONFLICT -> 409;
      case LENGTH_REQUIRED -> 411;
      case TOO_LARGE -> 413;
      case UNSUPPORTED_TYPE -> 415;
    };
  }

  private static void respond(Context ctx, int status, String message) {
    if (status == 413) {
      dropUnreadBody(ctx);
    }
    ctx.status(status).json(new ApiError(message));
  }

  /**
   * Reads and drops up to {@link #MAX_DROPPED_BYTES} of the body a 413 leaves unread: answered
   * while the client is still sending, the connection would be closed with the body unread, and the
   * client, sent a reset, might never read the answer.
   */
  private static void dropUnreadBody(Context ctx) {
    try {
      InputStream body = ctx.req().getInputStream();
      long left = MAX_DROPPED_BYTES;
      while (left > 0) {
        long skipped = body.skip(left);
        if (skipped > 0) {
          left -= skipped;
        } else if (body.read() < 0) {
          return;
        } else {
          left--;
        }
      }
    } catch (IOException | IllegalStateException e) {
      log.debug("Could not read the rest of a body too large: {}", e.toString());
    }
  }
}
