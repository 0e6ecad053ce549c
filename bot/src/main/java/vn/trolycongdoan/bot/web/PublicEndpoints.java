package vn.trolycongdoan.bot.web;

import io.javalin.config.RoutesConfig;

/**
 * Routes of the staff dashboard open to all, which must give away no staff data: the login page and
 * logout. Everything else goes through {@link StaffEndpoints}.
 */
@FunctionalInterface
public interface PublicEndpoints {

  void register(RoutesConfig routes);
}
