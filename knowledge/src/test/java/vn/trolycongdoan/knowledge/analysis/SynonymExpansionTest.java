package vn.trolycongdoan.knowledge.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static vn.trolycongdoan.knowledge.analysis.TokenStreams.analyze;
import static vn.trolycongdoan.knowledge.analysis.TokenStreams.paths;
import static vn.trolycongdoan.knowledge.analysis.TokenStreams.terms;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SynonymExpansionTest {
  private static final VietnameseAnalysis ANALYSIS = VietnameseAnalysis.create(configSynonyms());

  @AfterAll
  static void close() {
    ANALYSIS.close();
  }

  @ParameterizedTest(name = "{0} ↔ {1}")
  @CsvSource({
    "NLĐ, người lao động",
    "NLD, người lao động",
    "CĐCS, công đoàn cơ sở",
    "LĐLĐ, liên đoàn lao động",
    "LĐLD, liên đoàn lao động",
    "CNVCLĐ, công nhân viên chức lao động",
    "CCVCLĐ, công chức viên chức lao động",
    "CNLĐ, công nhân lao động",
    "TƯLĐTT, thỏa ước lao động tập thể",
    "ATVSLĐ, an toàn vệ sinh lao động",
    "BHXH, bảo hiểm xã hội",
    "BHYT, bảo hiểm y tế",
    "BHTN, bảo hiểm thất nghiệp",
    "QCDC, quy chế dân chủ",
    "UBKT, ủy ban kiểm tra",
    "BCH, ban chấp hành",
    "BTV, ban thường vụ",
    "TLĐ, tổng liên đoàn",
    "KPCĐ, kinh phí công đoàn",
    "GCCN, giai cấp công nhân",
  })
  void expands_abbreviations_both_ways(String abbreviation, String expansion) {
    String foldedAbbreviation = terms(ANALYSIS.folded(), abbreviation).get(0);
    String foldedExpansion = VietnameseText.fold(expansion);

    assertThat(paths(ANALYSIS.foldedQuery(), abbreviation)).contains(foldedExpansion);
    assertThat(paths(ANALYSIS.foldedQuery(), expansion)).contains(foldedAbbreviation);
    assertThat(paths(ANALYSIS.foldedQuery(), foldedExpansion)).contains(foldedAbbreviation);
  }

  @Test
  void expands_however_the_question_is_typed() {
    assertThat(paths(ANALYSIS.foldedQuery(), "Thoả ước lao động tập thể")).contains("tuldtt");
    assertThat(paths(ANALYSIS.foldedQuery(), "UY BAN KIEM TRA")).contains("ubkt");
    assertThat(paths(ANALYSIS.foldedQuery(), "ldld")).contains("lien doan lao dong");
  }

  @Test
  void expands_inside_a_question() {
    assertThat(paths(ANALYSIS.foldedQuery(), "Kế hoạch của LĐLĐ huyện"))
        .contains("ke hoach cua lien doan lao dong huyen", "kh cua ldld huyen");
  }

  @Test
  void spelling_variants_that_fold_alike_give_no_duplicate_tokens() {
    List<TokenStreams.Token> tokens = analyze(ANALYSIS.foldedQuery(), "LĐLĐ và NLD");
    Set<String> seen = new HashSet<>();
    int position = -1;
    for (TokenStreams.Token token : tokens) {
      position += token.increment();
      assertThat(seen.add(position + " " + token.length() + " " + token.term()))
          .as("duplicate %s", token)
          .isTrue();
    }
  }

  @Test
  void keeps_ordinary_syllables_out_of_the_synonyms() {
    assertThat(terms(ANALYSIS.foldedQuery(), "tu tu da")).containsExactly("tu", "tu", "da");
  }

  @Test
  void the_operator_file_defines_every_abbreviation_the_corpus_uses() {
    for (String abbreviation :
        List.of(
            "NLĐ", "CĐCS", "LĐLĐ", "LĐLD", "CNVCLĐ", "CCVCLĐ", "CNLĐ", "TƯLĐTT", "TULĐTT", "ATVSLĐ",
            "BHXH", "BHYT", "BHTN", "QCDC", "UBKT", "BCH", "BTV", "TLĐ", "KPCĐ", "GCCN", "QHLĐ",
            "CĐN", "CĐVC", "CSPL", "UBND", "HĐND", "MTTQ", "ĐĐTLĐ", "CTHĐ")) {
      assertThat(paths(ANALYSIS.foldedQuery(), abbreviation))
          .as(abbreviation)
          .hasSizeGreaterThan(1);
    }
  }

  @Test
  void without_rules_the_query_analyzer_equals_the_index_analyzer() {
    try (VietnameseAnalysis plain = VietnameseAnalysis.create("# nothing yet\n\n")) {
      assertThat(terms(plain.foldedQuery(), "NLĐ")).containsExactly("nld");
    }
  }

  @Test
  void names_the_line_of_a_malformed_rule() {
    assertThatThrownBy(
            () -> VietnameseAnalysis.create("# comment\nNLĐ, người lao động\na => b => c"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 3")
        .hasMessageContaining("a => b => c");
    assertThatThrownBy(() -> VietnameseAnalysis.create("BCH, , Ban Chấp hành"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 1")
        .hasMessageContaining("empty term");
    assertThatThrownBy(() -> VietnameseAnalysis.create("\n\nBCH, !!!"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("line 3")
        .hasMessageContaining("!!!");
  }

  @Test
  void accepts_one_way_mappings() {
    try (VietnameseAnalysis oneWay = VietnameseAnalysis.create("NLĐ => người lao động")) {
      assertThat(paths(oneWay.foldedQuery(), "NLĐ")).containsExactly("nguoi lao dong");
      assertThat(paths(oneWay.foldedQuery(), "người lao động")).containsExactly("nguoi lao dong");
    }
  }

  private static String configSynonyms() {
    try (InputStream in = SynonymExpansionTest.class.getResourceAsStream("/config/synonyms.txt")) {
      assertThat(in).as("config/synonyms.txt on the test classpath").isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
