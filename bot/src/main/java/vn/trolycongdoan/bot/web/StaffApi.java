package vn.trolycongdoan.bot.web;

import io.javalin.config.RoutesConfig;
import java.util.List;

/**
 * The staff API and dashboard: every feature's {@link StaffEndpoints}, behind one {@link
 * StaffAuth}, and the few routes open to all ({@link PublicEndpoints}: logging in and out).
 *
 * @param auth who a staff request comes from
 * @param open the routes open to all
 * @param endpoints the features' routes
 */
public record StaffApi(StaffAuth auth, List<PublicEndpoints> open, List<StaffEndpoints> endpoints) {

  public StaffApi {
    open = List.copyOf(open);
    endpoints = List.copyOf(endpoints);
  }

  /** The staff API without routes open to all (bearer tokens only). */
  public StaffApi(StaffAuth auth, List<StaffEndpoints> endpoints) {
    this(auth, List.of(), endpoints);
  }

  /** Registers every feature's routes; returns the router, which lists them. */
  StaffRouter register(RoutesConfig routes) {
    open.forEach(part -> part.register(routes));
    StaffRouter router = new StaffRouter(routes, auth);
    endpoints.forEach(part -> part.register(router));
    return router;
  }
}
