package vn.trolycongdoan.bot.documents;

/** The documents feature's Vietnamese messages, in one place. */
final class DocumentTexts {

  static final String FORBIDDEN =
      "Chỉ quản trị viên được tải lên, sửa hoặc xoá văn bản. Tài khoản cán bộ đơn vị chỉ xem"
          + " danh sách văn bản.";
  static final String NO_FILE = "Hãy chọn một tệp để tải lên (trường \"file\").";
  static final String LENGTH_REQUIRED =
      "Yêu cầu tải lên thiếu độ dài (Content-Length). Hãy tải tệp lên từ trang Văn bản.";
  static final String NOT_AN_OBJECT =
      "Nội dung yêu cầu phải là JSON, ví dụ {\"title\": \"…\", \"date\": \"2026-03-08\"}.";
  static final String INDEXING_FAILED =
      "Lập chỉ mục không thành công nên văn bản chưa được cập nhật. Hãy thử lại sau ít phút; nếu"
          + " vẫn lỗi, hãy báo người quản trị máy chủ (xem nhật ký).";
  static final String STORE_FAILED =
      "Không ghi được tệp vào thư mục văn bản của máy chủ. Hãy báo người quản trị máy chủ.";

  private DocumentTexts() {}

  static String unsupportedType(String name) {
    return "Tệp \""
        + name
        + "\" không thuộc loại được nhận. Hãy tải lên tệp .docx, .pdf, .txt hoặc .md.";
  }

  static String badName(String name) {
    return "Tên tệp \""
        + name
        + "\" không có chữ hay số nào dùng được. Hãy đổi tên tệp rồi tải lên.";
  }

  static String emptyFile(String name) {
    return "Tệp \"" + name + "\" trống. Hãy chọn đúng tệp văn bản.";
  }

  static String notOfType(String name, String extension) {
    if (extension.equals("txt") || extension.equals("md")) {
      return "Tệp \""
          + name
          + "\" không phải văn bản UTF-8. Hãy lưu lại với bảng mã UTF-8 rồi tải lên.";
    }
    return "Nội dung tệp \""
        + name
        + "\" không phải tệp ."
        + extension
        + " (có thể đã bị đổi đuôi). Hãy lưu lại đúng định dạng rồi tải lên.";
  }

  static String tooLarge(int maxBytes) {
    return "Tệp tải lên vượt quá "
        + maxBytes / (1024 * 1024)
        + " MB. Hãy tách văn bản thành nhiều tệp hoặc giảm dung lượng ảnh trong tệp rồi thử lại.";
  }

  static String badFolder(String folder) {
    return "Thư mục \""
        + folder
        + "\" không dùng được. Hãy chọn plans (kế hoạch, văn bản Công đoàn) hoặc laws (luật,"
        + " nghị định).";
  }

  static String exists(String id) {
    return "Đã có văn bản \""
        + id
        + "\". Hãy đổi tên tệp, hoặc xoá văn bản cũ trước rồi tải lên lại.";
  }

  static String notFound(String id) {
    return "Không có văn bản nào mang mã \"" + id + "\".";
  }

  static String jobNotFound(long id) {
    return "Không có việc cập nhật văn bản số "
        + id
        + " (danh sách này được làm mới mỗi khi máy chủ khởi động lại).";
  }

  static String unreadable(String name) {
    String lower = name.toLowerCase(java.util.Locale.ROOT);
    if (lower.endsWith(".docx")) {
      return "Không đọc được tệp \""
          + name
          + "\": tệp .docx bị hỏng hoặc không phải tài liệu Word. Hãy mở bằng Word, lưu lại rồi"
          + " tải lên.";
    }
    if (lower.endsWith(".pdf")) {
      return "Không đọc được tệp \""
          + name
          + "\": tệp PDF bị hỏng hoặc có mật khẩu. Hãy xuất lại PDF (không mật khẩu) hoặc tải"
          + " lên tệp .docx.";
    }
    return "Không đọc được tệp \"" + name + "\": " + "không phải văn bản UTF-8.";
  }

  static String noText(String name) {
    if (name.toLowerCase(java.util.Locale.ROOT).endsWith(".pdf")) {
      return "Tệp \""
          + name
          + "\" không có chữ để tra cứu: có thể là bản quét (ảnh). Hãy tải lên bản PDF có lớp"
          + " chữ hoặc tệp .docx.";
    }
    return "Tệp \"" + name + "\" không có chữ nào để tra cứu.";
  }

  static String notText(String field) {
    return "Trường \"" + field + "\" phải là chuỗi chữ.";
  }

  static String tooLong(String field, int max) {
    return "Trường \"" + field + "\" dài quá " + max + " ký tự.";
  }

  static String badDate(String value) {
    return "Ngày ban hành \"" + value + "\" không đúng dạng NNNN-TT-NN, ví dụ 2026-03-08.";
  }
}
