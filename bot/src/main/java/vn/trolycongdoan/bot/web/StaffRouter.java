package vn.trolycongdoan.bot.web;

import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.HandlerType;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import vn.trolycongdoan.bot.reports.staff.StaffMember;
import vn.trolycongdoan.bot.reports.staff.StaffRequestException;

/**
 * Registers staff routes so that none can skip {@link StaffAuth}: each handler is given the staff
 * member the request comes from, and runs only once {@link StaffAuth#member} has accepted it. A
 * dashboard page ({@link #page}) sends a browser without a session to the login page instead of
 * answering 401. Every route registered is listed ({@link #routes}), so a test can try them all.
 */
public final class StaffRouter {

  /** Where the dashboard sends a browser without a session. */
  public static final String LOGIN_PAGE = "/quanly/dangnhap";

  /** A staff route's handler, given who the request comes from. */
  @FunctionalInterface
  public interface StaffHandler {
    void handle(Context ctx, StaffMember member) throws Exception;
  }

  /** A registered route: its method and path as Javalin writes them, and whether it is a page. */
  public record Route(HandlerType method, String path, boolean page) {}

  private final RoutesConfig routes;
  private final StaffAuth auth;
  private final List<Route> registered = new ArrayList<>();

  public StaffRouter(RoutesConfig routes, StaffAuth auth) {
    this.routes = routes;
    this.auth = auth;
  }

  public StaffRouter get(String path, StaffHandler handler) {
    return add(HandlerType.GET, path, handler);
  }

  public StaffRouter post(String path, StaffHandler handler) {
    return add(HandlerType.POST, path, handler);
  }

  public StaffRouter put(String path, StaffHandler handler) {
    return add(HandlerType.PUT, path, handler);
  }

  public StaffRouter delete(String path, StaffHandler handler) {
    return add(HandlerType.DELETE, path, handler);
  }

  /**
   * A dashboard page: {@code GET path}; without a session (or with an expired one) the browser is
   * redirected to {@link #LOGIN_PAGE}, which brings it back here (with the same query, e.g. the
   * period and unit chosen) after logging in.
   */
  public StaffRouter page(String path, StaffHandler handler) {
    registered.add(new Route(HandlerType.GET, path, true));
    routes.get(
        path,
        ctx -> {
          StaffMember member;
          try {
            member = auth.member(ctx);
          } catch (StaffRequestException e) {
            if (e.reason() != StaffRequestException.Reason.NOT_AUTHENTICATED) {
              throw e;
            }
            String back =
                ctx.queryString() == null ? ctx.path() : ctx.path() + "?" + ctx.queryString();
            ctx.redirect(LOGIN_PAGE + "?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8));
            return;
          }
          handler.handle(ctx, member);
        });
    return this;
  }

  /** The routes registered so far, in order. */
  public List<Route> routes() {
    return List.copyOf(registered);
  }

  private StaffRouter add(HandlerType method, String path, StaffHandler handler) {
    registered.add(new Route(method, path, false));
    routes.addHttpHandler(method, path, ctx -> handler.handle(ctx, auth.member(ctx)));
    return this;
  }
}
