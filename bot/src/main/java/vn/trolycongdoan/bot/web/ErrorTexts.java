package vn.trolycongdoan.bot.web;

/** The Vietnamese texts of HTTP errors that no route words itself, by status. */
final class ErrorTexts {

  static final String SERVER_FAILURE = "Máy chủ gặp lỗi khi xử lý yêu cầu. Vui lòng thử lại sau.";
  static final String BAD_UTF8 =
      "Yêu cầu có ký tự không phải UTF-8 hợp lệ: hãy mã hóa địa chỉ và tham số bằng UTF-8.";

  private ErrorTexts() {}

  static String forStatus(int status) {
    return switch (status) {
      case 400 ->
          "Yêu cầu không hợp lệ: địa chỉ, tiêu đề hoặc mã hóa (UTF-8) sai. Hãy kiểm tra rồi gửi lại.";
      case 403 -> "Yêu cầu không có quyền truy cập đường dẫn này.";
      case 404 -> "Không có đường dẫn này. Xem /api/chat, /api/ask, /api/documents, /health.";
      case 405 -> "Phương thức này không dùng được cho đường dẫn này.";
      case 408 -> "Yêu cầu gửi quá chậm nên máy chủ đã dừng chờ. Hãy gửi lại.";
      case 413 -> "Nội dung yêu cầu quá lớn.";
      case 414 -> "Địa chỉ yêu cầu dài quá: hãy hỏi ngắn gọn hơn.";
      case 415 -> "Kiểu nội dung của yêu cầu không được hỗ trợ.";
      case 431 -> "Phần tiêu đề (header) của yêu cầu quá lớn.";
      case 500 -> SERVER_FAILURE;
      case 503 -> "Máy chủ đang bận hoặc đang khởi động. Vui lòng thử lại sau ít giây.";
      default -> "Yêu cầu không được chấp nhận (mã " + status + ").";
    };
  }

  /** {@code 405} naming the methods the path takes, e.g. "GET". */
  static String methodNotAllowed(String method, String path, String allowed) {
    return "Không dùng được phương thức "
        + method
        + " cho "
        + path
        + (allowed == null || allowed.isBlank() ? "." : ": hãy dùng " + allowed + ".");
  }
}
