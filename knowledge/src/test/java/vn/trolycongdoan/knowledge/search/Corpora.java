package vn.trolycongdoan.knowledge.search;

import java.util.Map;

/** Small synthetic documents for the search tests. */
final class Corpora {

  static final String LAW =
      """
      QUỐC HỘI
      Luật số: 99/2030/QH15

      LUẬT
      MẪU VỀ LAO ĐỘNG

      Chương I
      QUY ĐỊNH CHUNG

      Điều 1. Nghỉ thai sản
      1. Lao động nữ được nghỉ thai sản trước và sau khi sinh con là 06 tháng.
      2. Lao động nam có vợ sinh con được nghỉ 05 ngày làm việc.

      Điều 2. Nghỉ hằng năm
      Người lao động làm việc đủ 12 tháng thì được nghỉ hằng năm 12 ngày làm việc.

      Chương II
      BẢO HIỂM XÃ HỘI TỰ NGUYỆN

      Điều 3. Đóng bảo hiểm xã hội tự nguyện
      Người tham gia bảo hiểm xã hội tự nguyện đóng hằng tháng 22% thu nhập.
      """;

  static final String PLAN =
      """
      LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU
      Số: 12/KH-LĐLĐ
      Lai Châu, ngày 05 tháng 01 năm 2025

      KẾ HOẠCH
      Phát triển đoàn viên năm 2025

      I. CHỈ TIÊU
      1. Năm 2025 kết nạp 500 đoàn viên mới.
      2. Đến năm 2028 kết nạp thêm 2.000 đoàn viên.

      Nơi nhận:
      - Các CĐCS;
      - Lưu VT.
      TM. BAN THƯỜNG VỤ
      CHỦ TỊCH
      Nguyễn Văn An
      """;

  /** A plan in which every passage holds "đoàn viên". */
  static final String MEMBERS =
      """
      KẾ HOẠCH
      Phát triển đoàn viên năm 2025

      I. NỘI DUNG
      1. Kết nạp đoàn viên mới ở các doanh nghiệp.
      2. Thăm hỏi đoàn viên ốm đau nằm viện.
      3. Tặng quà đoàn viên có hoàn cảnh khó khăn.
      """;

  static final Map<String, String> SMALL = Map.of("laws/luat-mau.txt", LAW, "plans/kh12.txt", PLAN);

  private Corpora() {}
}
