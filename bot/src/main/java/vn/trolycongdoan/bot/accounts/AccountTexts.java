package vn.trolycongdoan.bot.accounts;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** The Vietnamese texts of accounts, logins and sessions. */
public final class AccountTexts {

  static final String BAD_LOGIN_NAME =
      "Tên đăng nhập gồm 2–32 ký tự: chữ không dấu, số, dấu chấm, gạch ngang hoặc gạch dưới.";
  static final String NAME_TOO_LONG = "Tên hiển thị dài quá 100 ký tự.";
  static final String SHORT_PASSWORD = "Mật khẩu cần ít nhất 10 ký tự.";
  static final String LONG_PASSWORD = "Mật khẩu dài quá 200 ký tự.";
  static final String ADMIN_WITH_UNIT =
      "Tài khoản quản trị (admin) xem mọi đơn vị, không gắn với đơn vị nào.";
  static final String STAFF_WITHOUT_UNIT =
      "Tài khoản cán bộ (staff) cần mã đơn vị của cán bộ; xem danh sách bằng lệnh units.";
  static final String NO_SUCH_ACCOUNT = "Không có tài khoản này.";
  static final String NOT_YOURSELF =
      "Không tự khóa hay tự bỏ quyền quản trị của chính mình được; hãy nhờ một quản trị khác.";

  /** The login page's answer to a wrong login or password, saying nothing of which was wrong. */
  public static final String WRONG_CREDENTIALS =
      "Tên đăng nhập hoặc mật khẩu không đúng. Hãy kiểm tra rồi thử lại.";

  /** A session that ended, expired or never was. */
  public static final String SESSION_ENDED = "Phiên đăng nhập đã hết. Hãy đăng nhập lại.";

  /** A change made with the session cookie without its CSRF token. */
  public static final String CSRF_MISSING =
      "Yêu cầu thiếu mã xác nhận của phiên (CSRF). Hãy tải lại trang rồi thử lại.";

  /** A login form sent without the token of the page it came from. */
  public static final String LOGIN_FORM_STALE =
      "Trang đăng nhập đã cũ hoặc không đến từ máy chủ này. Hãy nhập lại rồi gửi.";

  /** An admin's task asked by a staff account. */
  public static final String ADMINS_ONLY = "Chỉ tài khoản quản trị (admin) làm được việc này.";

  private static final DateTimeFormatter TIME =
      DateTimeFormatter.ofPattern("HH:mm").withZone(ZoneId.of("Asia/Ho_Chi_Minh"));

  private AccountTexts() {}

  static String unknownRole(String role) {
    return "Vai trò phải là admin hoặc staff, không phải \"" + role + "\".";
  }

  static String unknownUnit(String code) {
    return "Không có đơn vị mã \"" + code + "\"; xem danh sách bằng lệnh units.";
  }

  static String loginTaken(String login) {
    return "Tên đăng nhập \"" + login + "\" đã có người dùng; hãy chọn tên khác.";
  }

  /** A login locked after too many failures, until {@code until} (Việt Nam time). */
  public static String locked(Instant until) {
    return "Đăng nhập sai quá nhiều lần nên tạm khóa đến "
        + TIME.format(until)
        + ". Hãy thử lại sau, hoặc nhờ quản trị đặt lại mật khẩu.";
  }
}
