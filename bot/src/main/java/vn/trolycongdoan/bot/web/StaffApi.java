package vn.trolycongdoan.bot.web;

import io.javalin.config.RoutesConfig;
import java.util.List;

/**
 * The staff API and dashboard: every feature's {@link StaffEndpoints}, behind one {@link
 * StaffAuth}.
 *
 * @param auth who a staff request comes from
 * @param endpoints the features' routes
 */
public record StaffApi(StaffAuth auth, List<StaffEndpoints> endpoints) {

  public StaffApi {
    endpoints = List.copyOf(endpoints);
  }

  /** Registers every feature's routes; returns the router, which lists them. */
  StaffRouter register(RoutesConfig routes) {
    StaffRouter router = new StaffRouter(routes, auth);
    endpoints.forEach(part -> part.register(router));
    return router;
  }
}
