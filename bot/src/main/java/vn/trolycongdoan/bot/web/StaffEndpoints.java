package vn.trolycongdoan.bot.web;

/** One feature's part of the staff API and dashboard: its routes, all behind {@link StaffAuth}. */
@FunctionalInterface
public interface StaffEndpoints {

  void register(StaffRouter router);
}
