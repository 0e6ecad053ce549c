package vn.trolycongdoan.bot.reports.staffchat;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import vn.trolycongdoan.bot.chat.Button;
import vn.trolycongdoan.bot.chat.FormattedText;
import vn.trolycongdoan.bot.chat.Reply;
import vn.trolycongdoan.bot.reports.catalogue.Catalogue;
import vn.trolycongdoan.bot.reports.catalogue.IndicatorType;
import vn.trolycongdoan.bot.reports.deadlines.Deadlines;
import vn.trolycongdoan.bot.reports.parsing.DraftValue;
import vn.trolycongdoan.bot.reports.period.Period;
import vn.trolycongdoan.bot.reports.staff.ReportsView;
import vn.trolycongdoan.bot.reports.staff.RollupView;

/**
 * A {@link RollupView} written for a chat: the roll-up by indicator group with each target and the
 * plan passage it cites, or the list of units that have not reported. Indicators with neither a
 * figure nor a target are named on one line. Thread-safe.
 */
final class RollupReplies {

  private final Catalogue catalogue;
  private final Deadlines deadlines;
  private final PlanCitations citations;

  RollupReplies(Catalogue catalogue, Deadlines deadlines, PlanCitations citations) {
    this.catalogue = catalogue;
    this.deadlines = deadlines;
    this.citations = citations;
  }

  /** The roll-up, with a button under it for each plan passage its targets cite. */
  Reply rollup(RollupView view, Period period, boolean defaulted) {
    FormattedText.Builder text =
        FormattedText.builder()
            .bold("Tổng hợp " + view.periodLabel() + " — " + unit(view.unit()))
            .newline();
    completeness(text, view, period);
    if (defaulted) {
      text.newline()
          .italic(
              "Không ghi kỳ nên trợ lý lấy kỳ 6 tháng đang mở. Chỉ tiêu năm xem bằng /tonghop "
                  + period.year()
                  + " "
                  + view.unit().code()
                  + ".");
    }
    List<String> empty = new ArrayList<>();
    String group = null;
    for (RollupView.Figure figure : view.indicators()) {
      if (figure.value() == null && figure.target() == null) {
        empty.add(figure.code());
        continue;
      }
      if (!Objects.equals(group, figure.group())) {
        group = figure.group();
        text.newline().newline().bold(group);
      }
      figure(text, figure);
    }
    if (!empty.isEmpty()) {
      text.newline().newline().plain("Chưa có số liệu: " + String.join(", ", empty) + ".");
    }
    return Reply.of(text.build(), passageButtons(view));
  }

  private List<List<Button>> passageButtons(RollupView view) {
    Set<List<String>> cited = new LinkedHashSet<>();
    for (RollupView.Figure figure : view.indicators()) {
      if (figure.target() != null) {
        cited.add(List.of(figure.target().document(), figure.target().section()));
      }
    }
    List<List<Button>> rows = new ArrayList<>();
    for (List<String> passage : cited) {
      citations.open(passage.get(0), passage.get(1)).ifPresent(button -> rows.add(List.of(button)));
    }
    return rows;
  }

  private void completeness(FormattedText.Builder text, RollupView view, Period period) {
    RollupView.Completeness c = view.completeness();
    if (c.expected() == 0) {
      text.plain("Không có CĐCS nào thuộc " + view.unit().code() + " phải báo cáo kỳ này.");
      return;
    }
    text.plain(
        "Đã báo cáo: "
            + c.received()
            + "/"
            + c.expected()
            + " CĐCS ("
            + StaffChatTexts.percent(c.rate())
            + "), đúng hạn "
            + c.onTime()
            + "/"
            + c.expected()
            + " ("
            + StaffChatTexts.percent(c.onTimeRate())
            + "); hạn nộp "
            + deadlines.label(period)
            + ".");
    if (!c.missing().isEmpty()) {
      text.newline()
          .plain(
              "Đơn vị chưa báo cáo: /chuabaocao "
                  + StaffChatTexts.chatForm(period)
                  + " "
                  + view.unit().code());
    }
  }

  private void figure(FormattedText.Builder text, RollupView.Figure figure) {
    text.newline().plain("• " + figure.code() + " — " + figure.name() + ": ");
    if (figure.value() == null) {
      text.plain("chưa có số liệu");
    } else {
      text.bold(shown(figure)).plain(" (" + figure.units() + " đơn vị)");
      if (figure.unweighted() > 0) {
        text.plain("; không tính " + figure.unweighted() + " đơn vị chưa báo cáo số đoàn viên");
      }
    }
    RollupView.Target target = figure.target();
    if (target != null) {
      text.newline()
          .plain("   🎯 Chỉ tiêu " + target.when() + ": " + target.written() + " — ")
          .italic(citations.cite(target.document(), target.section()));
    }
  }

  private String shown(RollupView.Figure figure) {
    return catalogue
        .byCode(figure.code())
        .map(
            indicator ->
                indicator.type() == IndicatorType.YES_NO
                    ? figure.value().stripTrailingZeros().toPlainString() + " đơn vị có"
                    : new DraftValue(indicator, figure.value()).shown())
        .orElse(figure.value().toPlainString());
  }

  /** The units that have not reported, or that all have. */
  Reply missing(RollupView view, Period period, boolean defaulted) {
    RollupView.Completeness c = view.completeness();
    FormattedText.Builder text = FormattedText.builder();
    String of = " thuộc " + unit(view.unit());
    String when = view.periodLabel() + " (hạn nộp " + deadlines.label(period) + ")";
    if (c.expected() == 0) {
      text.plain("Không có CĐCS nào" + of + " phải báo cáo " + view.periodLabel() + ".");
    } else if (c.missing().isEmpty()) {
      text.plain(
          "✅ Cả "
              + c.expected()
              + " CĐCS"
              + of
              + " đã báo cáo "
              + when
              + ", đúng hạn "
              + c.onTime()
              + ".");
    } else {
      text.bold(c.missing().size() + "/" + c.expected() + " CĐCS" + of + " chưa báo cáo " + when);
      for (ReportsView.Unit missing : c.missing()) {
        text.newline().plain("• " + unit(missing));
      }
      text.newline()
          .plain("Đơn vị nào chưa có người báo cáo thì tạo mã mời bằng /taoma <mã đơn vị>.");
    }
    if (defaulted) {
      text.newline().italic("Không ghi kỳ nên trợ lý lấy kỳ 6 tháng đang mở.");
    }
    return Reply.of(text.build());
  }

  private static String unit(ReportsView.Unit unit) {
    return unit.code() + " — " + unit.name();
  }
}
