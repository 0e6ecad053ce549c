package vn.trolycongdoan.bot.reports.directory;

/** The Vietnamese texts of the Đơn vị page's refusals. */
final class DirectoryTexts {

  static final String NO_UNIT = "Hãy chọn đơn vị (mã đơn vị).";

  private DirectoryTexts() {}

  static String unknownUnit(String code) {
    return "Không có đơn vị mã \"" + code + "\".";
  }

  static String outside(String code, String top) {
    return "Tài khoản này chỉ quản lý các đơn vị thuộc "
        + top
        + ", không quản lý được "
        + code
        + ".";
  }

  static String unitGone(String code) {
    return "Đơn vị "
        + code
        + " của tài khoản này không còn trong danh sách đơn vị; hãy nhờ quản trị sửa tài khoản.";
  }

  static String badDays(int most) {
    return "Số ngày hiệu lực của mã mời phải từ 1 đến " + most + ".";
  }

  static String closedUnit(String code) {
    return "Đơn vị " + code + " đã giải thể, không mời người báo cáo được nữa.";
  }
}
