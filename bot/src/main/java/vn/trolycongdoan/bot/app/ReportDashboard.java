package vn.trolycongdoan.bot.app;

import java.time.Clock;
import java.util.List;
import vn.trolycongdoan.bot.broadcasts.Broadcasts;
import vn.trolycongdoan.bot.library.DocumentLibrary;
import vn.trolycongdoan.bot.library.PlanPassages;
import vn.trolycongdoan.bot.outbox.SqliteOutbox;
import vn.trolycongdoan.bot.overview.Overview;
import vn.trolycongdoan.bot.reports.ReportingFiles;
import vn.trolycongdoan.bot.reports.deadlines.Deadlines;
import vn.trolycongdoan.bot.reports.reminders.ReminderNow;
import vn.trolycongdoan.bot.reports.reminders.Reminders;
import vn.trolycongdoan.bot.reports.staff.ReportPeriods;
import vn.trolycongdoan.bot.reports.staff.ReportTable;
import vn.trolycongdoan.bot.reports.staff.StaffAccess;
import vn.trolycongdoan.bot.reports.staff.StaffReports;
import vn.trolycongdoan.bot.reports.store.SqliteReportStore;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.web.StaffEndpoints;
import vn.trolycongdoan.bot.web.dashboard.OverviewEndpoints;
import vn.trolycongdoan.bot.web.dashboard.ReportEndpoints;

/**
 * Wires the dashboard's Tổng quan and Báo cáo pages: the report table, the periods offered, the
 * reminders sent now through the outbox, the plan passages targets cite, and the overview.
 *
 * @param telegram how a reminder becomes Telegram outbox rows
 * @param clock the features' clock (periods, deadlines, reminder times)
 */
record ReportDashboard(
    ReportingFiles reporting,
    Database database,
    DocumentLibrary library,
    Deadlines deadlines,
    SqliteOutbox outbox,
    Reminders.Rendering telegram,
    Clock clock) {

  List<StaffEndpoints> endpoints(StaffAccess access, StaffReports reports, Broadcasts broadcasts) {
    SqliteReportStore store = new SqliteReportStore(database, deadlines);
    ReportPeriods periods = new ReportPeriods(reporting.catalogue(), clock);
    ReminderNow reminders =
        new ReminderNow(reporting, store, database, outbox, telegram, deadlines, clock);
    return List.of(
        new ReportEndpoints(
            access,
            reports,
            new ReportTable(store, reporting, deadlines, clock),
            periods,
            reminders,
            new PlanPassages(library),
            reporting.units()),
        new OverviewEndpoints(
            new Overview(database, access, reports, periods, deadlines, broadcasts, clock)));
  }
}
