package vn.trolycongdoan.bot.app;

import java.time.Clock;
import java.util.List;
import vn.trolycongdoan.bot.broadcasts.Broadcasts;
import vn.trolycongdoan.bot.documents.DocumentChanges;
import vn.trolycongdoan.bot.library.DocumentLibrary;
import vn.trolycongdoan.bot.library.IndexingStatus;
import vn.trolycongdoan.bot.library.PlanPassages;
import vn.trolycongdoan.bot.outbox.SqliteOutbox;
import vn.trolycongdoan.bot.overview.Overview;
import vn.trolycongdoan.bot.questions.review.QuestionReview;
import vn.trolycongdoan.bot.reports.ReportingFiles;
import vn.trolycongdoan.bot.reports.chat.SqliteRegisteredReporters;
import vn.trolycongdoan.bot.reports.deadlines.Deadlines;
import vn.trolycongdoan.bot.reports.directory.UnitDirectory;
import vn.trolycongdoan.bot.reports.invites.SqliteInviteStore;
import vn.trolycongdoan.bot.reports.reminders.ReminderNow;
import vn.trolycongdoan.bot.reports.staff.ReportPeriods;
import vn.trolycongdoan.bot.reports.staff.ReportTable;
import vn.trolycongdoan.bot.reports.staff.SqliteStaffTokens;
import vn.trolycongdoan.bot.reports.staff.StaffAccess;
import vn.trolycongdoan.bot.reports.staff.StaffReports;
import vn.trolycongdoan.bot.reports.store.SqliteReportStore;
import vn.trolycongdoan.bot.store.Database;
import vn.trolycongdoan.bot.suggestions.SuggestionInbox;
import vn.trolycongdoan.bot.telegram.TelegramReplies;
import vn.trolycongdoan.bot.web.BearerAuth;
import vn.trolycongdoan.bot.web.StaffApi;
import vn.trolycongdoan.bot.web.StaffRoutes;
import vn.trolycongdoan.bot.web.dashboard.BroadcastEndpoints;
import vn.trolycongdoan.bot.web.dashboard.DashboardAccess;
import vn.trolycongdoan.bot.web.dashboard.DocumentEndpoints;
import vn.trolycongdoan.bot.web.dashboard.OverviewEndpoints;
import vn.trolycongdoan.bot.web.dashboard.QuestionEndpoints;
import vn.trolycongdoan.bot.web.dashboard.ReportEndpoints;
import vn.trolycongdoan.bot.web.dashboard.SuggestionEndpoints;
import vn.trolycongdoan.bot.web.dashboard.UnitEndpoints;

/**
 * Puts the staff API and the dashboard together: the bearer tokens and the dashboard's sessions as
 * one {@link vn.trolycongdoan.bot.web.StaffAuth}, the login routes, and each page's endpoints over
 * its feature (reports and exports, Tổng quan, Báo cáo, Câu hỏi, Kiến nghị, Phát sóng, Văn bản, Đơn
 * vị and the accounts).
 *
 * @param telegram how a reminder, a kiến nghị reply or a broadcast becomes Telegram outbox rows
 * @param clock the features' clock (periods, deadlines, sessions, reminder times)
 */
record DashboardAssembly(
    ReportingFiles reporting,
    Database database,
    DocumentLibrary library,
    Deadlines deadlines,
    SqliteOutbox outbox,
    TelegramReplies telegram,
    StaffReports reports,
    Broadcasts broadcasts,
    DocumentChanges documents,
    IndexingStatus indexing,
    Clock clock) {

  StaffApi staffApi() {
    StaffAccess access = new StaffAccess(new SqliteStaffTokens(database), reporting.units());
    DashboardAccess dashboard =
        DashboardAccess.on(database, reporting.units(), new BearerAuth(access), clock);
    SqliteReportStore store = new SqliteReportStore(database, deadlines);
    ReportPeriods periods = new ReportPeriods(reporting.catalogue(), clock);
    return new StaffApi(
        dashboard.auth(),
        List.of(dashboard.login()),
        List.of(
            new StaffRoutes(access, reports, broadcasts),
            dashboard.session(),
            dashboard.accounts(),
            new UnitEndpoints(
                new UnitDirectory(
                    reporting.units(),
                    new SqliteInviteStore(database),
                    new SqliteRegisteredReporters(database),
                    clock)),
            new ReportEndpoints(
                access,
                reports,
                new ReportTable(store, reporting, deadlines, clock),
                periods,
                new ReminderNow(
                    reporting, store, database, outbox, telegram::pushed, deadlines, clock),
                new PlanPassages(library),
                reporting.units()),
            new OverviewEndpoints(
                new Overview(database, access, reports, periods, deadlines, broadcasts, clock)),
            new SuggestionEndpoints(
                new SuggestionInbox(database, reporting.units(), outbox, telegram::pushed, clock),
                reporting.units()),
            new QuestionEndpoints(new QuestionReview(database), clock),
            new BroadcastEndpoints(broadcasts),
            new DocumentEndpoints(documents, indexing)));
  }
}
