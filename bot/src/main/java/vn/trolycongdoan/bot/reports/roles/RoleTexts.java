package vn.trolycongdoan.bot.reports.roles;

import java.util.List;
import java.util.Optional;
import vn.trolycongdoan.bot.chat.ChatUser;
import vn.trolycongdoan.bot.chat.FormattedText;
import vn.trolycongdoan.bot.reports.units.OrgUnit;
import vn.trolycongdoan.bot.reports.units.UnitTexts;
import vn.trolycongdoan.bot.reports.units.UnitTree;

/** The Vietnamese texts of {@code /capquyen}, each saying what to do next. */
final class RoleTexts {

  static final String USAGE =
      "Cách dùng: /capquyen <mã người dùng Telegram> <mã đơn vị>, ví dụ /capquyen 123456789 TDG"
          + " (cấp quyền cán bộ cho LĐLĐ huyện và các CĐCS trực thuộc); /capquyen 123456789 huy để"
          + " thu hồi; /capquyen để xem danh sách cán bộ.";

  private RoleTexts() {}

  static String notAdmin(ChatUser from) {
    return "Chỉ quản trị viên (ghi trong cấu hình reports.admins) mới cấp quyền cán bộ được."
        + " Mã người dùng Telegram của bạn: "
        + from.userId()
        + ".";
  }

  static String badUserId(String written) {
    return "\""
        + written
        + "\" không phải mã người dùng Telegram. Mã là một dãy số, ví dụ 123456789 (không phải"
        + " tên @...); người cần cấp quyền gửi /tonghop cho trợ lý để biết mã của mình.";
  }

  static String unknownUnit(String written) {
    return "Không có đơn vị mã \""
        + written
        + "\". Mã đơn vị viết như TDG (LĐLĐ huyện) hoặc TDG-01 (CĐCS); xem danh sách bằng lệnh"
        + " units trên máy chủ.";
  }

  static String closedUnit(OrgUnit unit) {
    return UnitTexts.notOpenToday(unit) + ". Hãy cấp quyền ở đơn vị cấp trên.";
  }

  static String alreadyAdmin(String user) {
    return "Người dùng "
        + user
        + " là quản trị viên (trong cấu hình reports.admins) nên đã xem được mọi đơn vị;"
        + " không cần cấp quyền.";
  }

  static String granted(String user, OrgUnit unit, Optional<String> previous) {
    return "✅ Đã cấp quyền cán bộ cho người dùng "
        + user
        + ": đơn vị "
        + unit.code()
        + " — "
        + unit.name()
        + " và các đơn vị trực thuộc"
        + previous.map(code -> " (thay cho quyền cũ ở đơn vị " + code + ")").orElse("")
        + ". Người này dùng được /tonghop, /chuabaocao, /taoma và sửa số liệu bằng /baocao kèm mã"
        + " đơn vị, kể cả kỳ đã khóa sổ.";
  }

  static String revoked(String user, String unitCode) {
    return "Đã thu hồi quyền cán bộ của người dùng " + user + " (đơn vị " + unitCode + ").";
  }

  static String nothingToRevoke(String user) {
    return "Người dùng " + user + " chưa có quyền cán bộ nào nên không có gì để thu hồi.";
  }

  static FormattedText roles(List<StaffGrant> grants, UnitTree units) {
    FormattedText.Builder text = FormattedText.builder();
    if (grants.isEmpty()) {
      text.plain("Chưa cấp quyền cán bộ cho ai.");
    } else {
      text.bold("Cán bộ đã được cấp quyền");
      for (StaffGrant grant : grants) {
        String name = units.byCode(grant.unitCode()).map(u -> " — " + u.name()).orElse("");
        text.newline().plain("• " + grant.userId() + ": " + grant.unitCode() + name);
      }
    }
    return text.newline().plain(USAGE).build();
  }
}
