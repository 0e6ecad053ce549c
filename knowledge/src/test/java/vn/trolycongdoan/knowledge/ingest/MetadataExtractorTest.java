package vn.trolycongdoan.knowledge.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class MetadataExtractorTest {

  @Test
  void dates_plan_38_from_its_place_line() {
    DocumentMetadata metadata = MetadataExtractor.extract(Corpus.cleaned(Corpus.PLAN_001));

    assertThat(metadata)
        .isEqualTo(
            new DocumentMetadata(
                "KẾ HOẠCH",
                "38/KH-LĐLĐ",
                null,
                "Lai Châu",
                LocalDate.of(2024, 2, 23),
                "Thực hiện Chương trình đột phá về thực hiện Nghị quyết Đại hội XIII Công đoàn"
                    + " tỉnh Lai Châu, giai đoạn (2023-2028)",
                "Hoàng Thọ Trung"));
  }

  @Test
  void reads_issuer_below_its_parent_body_and_the_vice_chair_signing_plan_47() {
    DocumentMetadata metadata = MetadataExtractor.extract(Corpus.cleaned(Corpus.PLAN_002));

    assertThat(metadata.kind()).isEqualTo("KẾ HOẠCH");
    assertThat(metadata.number()).isEqualTo("47/KH-LĐLĐ");
    assertThat(metadata.issuer()).isEqualTo("LIÊN ĐOÀN LAO ĐỘNG TỈNH LAI CHÂU");
    assertThat(metadata.place()).isEqualTo("Lai Châu");
    assertThat(metadata.date()).isEqualTo(LocalDate.of(2024, 3, 7));
    assertThat(metadata.title())
        .startsWith("Thực hiện Chương trình hành động số 01-CTHĐ/ĐĐTLĐ của Đảng đoàn Tổng")
        .endsWith("xây dựng đất nước ta ngày càng phồn vinh, hạnh phúc");
    assertThat(metadata.signer()).isEqualTo("Hoàng Văn Trinh");
  }

  @Test
  void removes_stray_spaces_from_the_number_of_plan_27() {
    DocumentMetadata metadata = MetadataExtractor.extract(Corpus.cleaned(Corpus.PLAN_004));

    assertThat(metadata.number()).isEqualTo("27/KH-LĐLD");
    assertThat(metadata.issuer()).isEqualTo("LIÊN ĐOÀN LAO ĐỘNG HUYỆN PHÚ RIỀNG");
    assertThat(metadata.place()).isEqualTo("Phú Riềng");
    assertThat(metadata.date()).isEqualTo(LocalDate.of(2024, 8, 8));
    assertThat(metadata.title())
        .startsWith("Thực hiện Nghị quyết số 43-NQ/TW, ngày 24/11/2023 của BCH Trung ương");
    assertThat(metadata.signer()).isEqualTo("Hoàng Thạch Sơn");
  }

  @Test
  void leaves_number_and_date_null_for_programmes_without_them() {
    DocumentMetadata lai = MetadataExtractor.extract(Corpus.cleaned(Corpus.PLAN_000));
    DocumentMetadata national = MetadataExtractor.extract(Corpus.cleaned(Corpus.PLAN_003));

    assertThat(lai)
        .isEqualTo(
            new DocumentMetadata(
                "CHƯƠNG TRÌNH HÀNH ĐỘNG",
                null,
                null,
                null,
                null,
                "Thực hiện Nghị quyết Đại hội XIII Công đoàn Việt Nam, nhiệm kỳ 2023 - 2028",
                "Hoàng Thọ Trung"));
    assertThat(national.kind()).isEqualTo("CHƯƠNG TRÌNH HÀNH ĐỘNG");
    assertThat(national.number()).isNull();
    assertThat(national.date()).isNull();
    assertThat(national.place()).isNull();
    assertThat(national.signer()).isNull();
    assertThat(national.title())
        .startsWith("Thực hiện Nghị quyết Đại hội đại biểu toàn quốc lần thứ XIII")
        .endsWith("trong tình hình mới”");
  }

  @Test
  void reads_the_labour_code_as_enacted_by_the_national_assembly() {
    DocumentMetadata metadata = MetadataExtractor.extract(Corpus.cleaned(Corpus.LABOUR_CODE));

    assertThat(metadata)
        .isEqualTo(
            new DocumentMetadata(
                "BỘ LUẬT",
                "45/2019/QH14",
                "Quốc hội",
                "Hà Nội",
                LocalDate.of(2019, 11, 20),
                "Bộ luật Lao động",
                null));
  }

  @Test
  void reads_the_social_insurance_law() {
    DocumentMetadata metadata =
        MetadataExtractor.extract(Corpus.cleaned(Corpus.SOCIAL_INSURANCE_LAW));

    assertThat(metadata)
        .isEqualTo(
            new DocumentMetadata(
                "LUẬT",
                "41/2024/QH15",
                "Quốc hội",
                "Hà Nội",
                LocalDate.of(2024, 6, 29),
                "Luật Bảo hiểm xã hội",
                null));
  }

  @Test
  void keeps_the_place_but_not_an_impossible_date() {
    DocumentMetadata metadata =
        MetadataExtractor.extract("Hà Nội, ngày 31 tháng 02 năm 2024\nTHÔNG BÁO\nVề lịch họp");

    assertThat(metadata.place()).isEqualTo("Hà Nội");
    assertThat(metadata.date()).isNull();
    assertThat(metadata.kind()).isEqualTo("THÔNG BÁO");
    assertThat(metadata.title()).isEqualTo("Về lịch họp");
  }

  @Test
  void finds_nothing_in_text_without_a_header() {
    assertThat(MetadataExtractor.extract("Một đoạn văn bình thường."))
        .isEqualTo(DocumentMetadata.EMPTY);
    assertThat(MetadataExtractor.extract("")).isEqualTo(DocumentMetadata.EMPTY);
  }
}
