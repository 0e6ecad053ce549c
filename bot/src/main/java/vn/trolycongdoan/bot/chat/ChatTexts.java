package vn.trolycongdoan.bot.chat;

import java.util.List;

/** The chat's own Vietnamese wording, shared by the features: guide, refusals and apologies. */
public final class ChatTexts {

  public static final String FLOOD_NOTICE =
      "Bạn gửi tin nhắn hơi nhanh. Vui lòng chờ khoảng một phút rồi gửi tiếp, trợ lý sẽ trả lời đầy đủ.";
  public static final String FAILURE =
      "Xin lỗi, hệ thống đang gặp sự cố nên chưa xử lý được tin nhắn này. Bạn vui lòng thử lại sau ít phút.";
  public static final String EMPTY_MESSAGE =
      "Bạn hãy gõ câu hỏi, ví dụ: " + ExampleQuestions.first() + " Gõ /huongdan để xem các lệnh.";
  public static final String ONLY_TEXT =
      "Mình chỉ đọc được tin nhắn chữ. Bạn hãy gõ câu hỏi, hoặc gõ /huongdan để xem cách dùng.";
  public static final String OUTDATED_BUTTON =
      "Nút này đã cũ hoặc không còn dùng được. Bạn hãy hỏi lại nhé.";

  private ChatTexts() {}

  /**
   * What the bot does and how to use it, with examples (the reply to {@code /huongdan} and {@code
   * /help}).
   */
  public static FormattedText guide() {
    FormattedText.Builder text =
        FormattedText.builder()
            .bold("Trợ lý Công đoàn")
            .plain(" trả lời câu hỏi về chính sách, quyền lợi của đoàn viên, người lao động")
            .plain(
                " dựa trên các văn bản của Công đoàn và pháp luật lao động, kèm trích dẫn văn bản, số, ngày, mục.")
            .newline()
            .newline()
            .bold("Cách hỏi")
            .newline()
            .plain("• Gõ câu hỏi trực tiếp, ví dụ:");
    for (ExampleQuestions.Example example : ExampleQuestions.ALL) {
      text.newline().plain("   – " + example.question());
    }
    return text.newline()
        .plain("• Hoặc dùng /hoi, ví dụ: /hoi " + ExampleQuestions.ALL.get(1).question())
        .newline()
        .plain(
            "• Dưới câu trả lời: “Xem toàn văn mục” để đọc cả mục, “Kết quả khác” để xem kết quả tiếp theo,")
        .plain(" 👍/👎 để đánh giá.")
        .newline()
        .newline()
        .bold("Các lệnh")
        .newline()
        .plain("/vanban — danh sách văn bản; bấm để xem mục lục và đọc từng mục")
        .newline()
        .plain(
            "/kiennghi <nội dung> — gửi kiến nghị, phản ánh tới Công đoàn, ví dụ: /kiennghi Đề nghị tổ chức")
        .plain(" khám sức khỏe định kỳ cho công nhân ca đêm")
        .newline()
        .plain("/start — nhận tin chiến dịch (Tháng Công nhân, Tết Sum vầy…)")
        .newline()
        .plain("/chude — chọn chủ đề tin muốn nhận (tin tức chung, pháp luật, chăm lo…)")
        .newline()
        .plain("/dunglai — dừng nhận tin chiến dịch")
        .newline()
        .plain("/huongdan — xem lại hướng dẫn này")
        .newline()
        .newline()
        .bold("Báo cáo số liệu (dành cho Công đoàn cơ sở)")
        .newline()
        .plain("/dangky <mã mời> — đăng ký báo cáo cho đơn vị bằng mã mời của Công đoàn cấp trên")
        .newline()
        .plain("/baocao [kỳ] [mã đơn vị] MÃ=SỐ … — gửi số liệu, ví dụ: /baocao H2/2026 DVM=15,")
        .plain(" DVTONG=320; trợ lý nhắc lại để bạn bấm ✅ Xác nhận trước khi lưu")
        .newline()
        .plain("/baocao — nhập từng bước: chọn đơn vị, kỳ rồi từng chỉ tiêu; /huy để dừng")
        .newline()
        .plain("/xem [kỳ] — xem số liệu đơn vị đã báo cáo")
        .newline()
        .plain("/lichsu [kỳ] — xem ai đã sửa số liệu gì, khi nào")
        .newline()
        .newline()
        .bold("Dành cho cán bộ Công đoàn được cấp quyền")
        .newline()
        .plain(
            "/tonghop [kỳ] [mã đơn vị] — số liệu cộng dồn bên cạnh chỉ tiêu kế hoạch, tỷ lệ đã báo cáo")
        .newline()
        .plain("/chuabaocao [kỳ] [mã đơn vị] — các CĐCS chưa báo cáo")
        .newline()
        .plain("/taoma <mã đơn vị> — tạo mã mời cho người báo cáo của đơn vị")
        .newline()
        .plain("/baocao [kỳ] <mã đơn vị> MÃ=SỐ … — sửa số liệu của đơn vị, kể cả kỳ đã khóa sổ")
        .newline()
        .plain("/capquyen <mã người dùng Telegram> <mã đơn vị> — quản trị viên cấp quyền cán bộ")
        .build();
  }

  /** The reply to a command the bot does not know, listing the ones it does. */
  public static FormattedText unknownCommand(String typed, List<ChatCommand> known) {
    String name = typed.split("\\s+", 2)[0];
    FormattedText.Builder text =
        FormattedText.builder()
            .plain("Trợ lý chưa hiểu lệnh ")
            .bold(name)
            .plain(". Các lệnh dùng được:");
    for (ChatCommand command : known) {
      text.newline().plain(command.usage() + " — " + command.description());
    }
    return text.newline().plain("Hoặc gõ câu hỏi trực tiếp, không cần lệnh.").build();
  }
}
