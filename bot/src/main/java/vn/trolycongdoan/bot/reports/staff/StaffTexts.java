package vn.trolycongdoan.bot.reports.staff;

/** The Vietnamese texts of the staff API: its refusals and the exports' headers. */
final class StaffTexts {

  static final String NO_TOKEN =
      "Cần mã truy cập của cán bộ: gửi tiêu đề \"Authorization: Bearer <mã>\"; mã tạo bằng lệnh"
          + " staff token.";
  static final String BAD_TOKEN =
      "Mã truy cập không đúng hoặc không còn hiệu lực. Hãy xin mã mới (lệnh staff token).";
  static final String NO_PERIOD =
      "Thiếu kỳ báo cáo: thêm period=2024-06, 2024-Q2, 2024-H1 hoặc 2024.";

  static final String[] HEADERS = {
    "Mã đơn vị",
    "Tên đơn vị",
    "Kỳ",
    "Mã chỉ tiêu",
    "Chỉ tiêu",
    "Nhóm chỉ tiêu",
    "Giá trị",
    "Đơn vị tính",
    "Nộp muộn",
    "Số biên nhận",
    "Thời điểm nhận"
  };

  /** The sheet of values whose indicator the catalogue no longer holds. */
  static final String NO_GROUP = "Chỉ tiêu đã bỏ khỏi danh mục";

  static final String YES = "có";
  static final String NO = "không";

  private StaffTexts() {}

  static String badPeriod(String written) {
    return "Kỳ báo cáo \""
        + written
        + "\" không hợp lệ: hãy viết 2024-06 (tháng), 2024-Q2 (quý), 2024-H1 (6 tháng) hoặc 2024"
        + " (năm).";
  }

  static String unknownUnit(String written) {
    return "Không có đơn vị mã \"" + written + "\"; xem danh sách bằng lệnh units.";
  }

  static String unitGone(String ownCode) {
    return "Đơn vị "
        + ownCode
        + " của mã truy cập này không còn trong danh sách đơn vị; hãy xin mã mới (lệnh staff"
        + " token).";
  }

  static String outsideSubtree(String unitCode, String ownCode) {
    return "Mã truy cập này chỉ xem được các đơn vị thuộc "
        + ownCode
        + ", không xem được "
        + unitCode
        + ".";
  }
}
