package vn.trolycongdoan.knowledge.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.DoubleRange;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

class RankingTest {

  private static final Ranking TRAINED = Ranking.trained();

  /** The log features, by index in {@link Ranking#NAMES}. */
  private static final int LOG_FEATURES = 5;

  @Test
  void the_shipped_weights_load_with_every_name_in_order() {
    Map<String, Double> named = TRAINED.named();

    assertThat(named.keySet()).containsExactly(Ranking.NAMES);
    assertThat(named.values()).containsExactly(box(TRAINED.weights()));
  }

  @Test
  void the_shipped_weights_favour_coverage_and_the_asked_role_and_penalise_the_rest() {
    Map<String, Double> w = TRAINED.named();

    assertThat(w.get("bm25")).isPositive();
    assertThat(w.get("words")).isPositive();
    assertThat(w.get("asked")).isPositive();
    assertThat(w.get("concentration")).isPositive();
    for (String name : new String[] {"bigrams", "articleWords", "articleBigrams", "headings"}) {
      assertThat(w.get(name)).as(name).isNotNegative();
    }
    assertThat(w.get("specialCase")).isNegative();
    assertThat(w.get("otherYear")).isNegative();
  }

  @Test
  void refuses_the_wrong_number_of_weights() {
    assertThatThrownBy(() -> Ranking.of(1, 2, 3)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void its_weights_cannot_be_changed_from_outside() {
    double[] given = new double[Ranking.NAMES.length];
    Arrays.fill(given, 1);
    Ranking ranking = Ranking.of(given);
    given[0] = 5;
    ranking.weights()[1] = 5;

    assertThat(ranking.weights()).containsOnly(1.0);
  }

  @Test
  void the_prior_is_the_weighted_sum_of_log_shares_and_flags() {
    Ranking ranking = Ranking.of(1, 2, 0, 0, 0, 0, 3, -1, 4, -2, -3, 5, 6, 1, 0.5, 2, 1.5, 0.7);
    Features f =
        new Features(
            Math.E, 0.5, 0.3, 0.3, 0.3, 0, 0.25, true, true, false, true, 0.4, 0.5, 0.2, true);

    assertThat(ranking.prior(f))
        .isCloseTo(
            1 + 2 * Math.log(0.5) + 3 * 0.25 - 1 + 4 - 3 + 0.5 * 0.4 + 2 * 0.5 + 1.5 * 0.2 + 0.7,
            within(1e-9));
  }

  @Test
  void candidates_come_best_prior_first_and_equal_priors_keep_their_order() {
    Candidate weak = candidate("a", features(1, 0.2));
    Candidate strong = candidate("b", features(5, 0.9));
    Candidate weakToo = candidate("c", features(1, 0.2));

    assertThat(TRAINED.byPrior(List.of(weak, strong, weakToo)))
        .containsExactly(strong, weak, weakToo);
    assertThat(TRAINED.byPrior(List.of())).isEmpty();
  }

  @Test
  void the_inputs_are_the_log_shares_then_missing_and_headings_as_they_are_then_the_flags() {
    Features f =
        new Features(Math.E, 1, 1, 1, 1, 0.4, 0.25, true, false, true, true, 0.3, 0.6, 0.2, true);

    assertThat(Ranking.inputs(f, 1, -1, 1))
        .hasSize(Ranking.NAMES.length)
        .containsExactly(
            new double[] {1, 0, 0, 0, 0, 0.4, 0.25, 1, 0, 1, 1, -1, 1, 0, 0.3, 0.6, 0.2, 1},
            within(1e-9));
  }

  @Test
  void shares_below_the_floor_count_as_the_floor() {
    Features none = features(2, 0);
    Features tiny =
        new Features(
            2, 0.001, 0.001, 0.001, 0.001, 0, 0, false, false, false, false, 0, 0, 0, false);

    assertThat(TRAINED.prior(none)).isEqualTo(TRAINED.prior(tiny)).isFinite();
    assertThat(TRAINED.score(none, 0, 0, 0)).isEqualTo(TRAINED.score(none, 0.005, 0, 0)).isFinite();
  }

  @Test
  void the_score_is_the_prior_when_the_answer_holds_all_the_question() {
    Features f = features(3, 0.7);

    assertThat(TRAINED.score(f, 1, 0, 0)).isEqualTo(TRAINED.prior(f));
    assertThat(TRAINED.score(f, 0.5, 0, 0)).isLessThan(TRAINED.prior(f));
  }

  @Test
  void a_range_that_holds_the_stated_length_raises_the_score_and_one_that_excludes_it_lowers_it() {
    Features f = features(3, 0.7);

    assertThat(TRAINED.score(f, 1, 1, 0)).isGreaterThan(TRAINED.prior(f));
    assertThat(TRAINED.score(f, 1, -1, 0)).isLessThan(TRAINED.prior(f));
  }

  @Test
  void stating_the_kind_of_figure_asked_for_raises_the_score_and_lacking_it_lowers_it() {
    Features f = features(3, 0.7);

    assertThat(TRAINED.score(f, 1, 0, 1)).isGreaterThan(TRAINED.prior(f));
    assertThat(TRAINED.score(f, 1, 0, -1)).isLessThan(TRAINED.prior(f));
  }

  @Test
  void the_asked_role_raises_and_a_special_case_or_another_year_lowers_the_prior() {
    Features plain = features(3, 0.7);

    assertThat(TRAINED.prior(with(plain, true, false, false))).isGreaterThan(TRAINED.prior(plain));
    assertThat(TRAINED.prior(with(plain, false, true, false))).isLessThan(TRAINED.prior(plain));
    assertThat(TRAINED.prior(with(plain, false, false, true))).isLessThan(TRAINED.prior(plain));
  }

  @Test
  void a_passage_citing_another_law_ranks_below_the_same_passage_setting_the_rule() {
    Features plain = features(3, 0.7);
    Features citing =
        new Features(3, 0.7, 0.7, 0.7, 0.7, 0, 0.7, false, false, false, true, 0, 0, 0, false);

    assertThat(TRAINED.prior(citing)).isLessThan(TRAINED.prior(plain));
  }

  @Property
  void the_shipped_prior_never_falls_as_a_log_feature_grows(
      @ForAll("features") Features f,
      @ForAll @IntRange(min = 0, max = LOG_FEATURES - 1) int which,
      @ForAll @DoubleRange(min = 0, max = 1) double more) {
    double[] values = logFeatures(f);
    double[] grown = values.clone();
    grown[which] += more * (which == 0 ? 20 : 1 - values[which]);

    assertThat(TRAINED.prior(withLogFeatures(f, grown))).isGreaterThanOrEqualTo(TRAINED.prior(f));
  }

  @Property
  void the_shipped_score_never_falls_as_the_concentration_grows(
      @ForAll("features") Features f,
      @ForAll @DoubleRange(min = 0, max = 1) double concentration,
      @ForAll @DoubleRange(min = 0, max = 1) double more) {
    double higher = concentration + more * (1 - concentration);

    assertThat(TRAINED.score(f, higher, 0, 0))
        .isGreaterThanOrEqualTo(TRAINED.score(f, concentration, 0, 0));
  }

  @Provide
  Arbitrary<Features> features() {
    Arbitrary<Double> share = Arbitraries.doubles().between(0, 1).ofScale(4);
    return Combinators.combine(
            Arbitraries.doubles().between(0.001, 40).ofScale(4),
            share.list().ofSize(5),
            Arbitraries.of(true, false).list().ofSize(3))
        .as(
            (bm25, s, flags) ->
                new Features(
                    bm25,
                    s.get(0),
                    s.get(1),
                    s.get(2),
                    s.get(3),
                    0,
                    s.get(4),
                    flags.get(0),
                    flags.get(1),
                    flags.get(2),
                    false,
                    0,
                    0,
                    0,
                    false));
  }

  private static Candidate candidate(String docId, Features features) {
    return new Candidate(docId, 0, "", "", "", "", features);
  }

  private static Features features(double bm25, double share) {
    return new Features(
        bm25, share, share, share, share, 0, share, false, false, false, false, 0, 0, 0, false);
  }

  private static Features with(Features f, boolean asked, boolean specialCase, boolean otherYear) {
    return new Features(
        f.bm25(),
        f.words(),
        f.bigrams(),
        f.articleWords(),
        f.articleBigrams(),
        f.missing(),
        f.headings(),
        specialCase,
        asked,
        otherYear,
        f.refers(),
        f.memberQuestions(),
        f.memberWords(),
        f.memberKhoan(),
        f.unwritten());
  }

  private static double[] logFeatures(Features f) {
    return new double[] {f.bm25(), f.words(), f.bigrams(), f.articleWords(), f.articleBigrams()};
  }

  private static Features withLogFeatures(Features f, double[] v) {
    return new Features(
        v[0],
        v[1],
        v[2],
        v[3],
        v[4],
        f.missing(),
        f.headings(),
        f.specialCase(),
        f.asked(),
        f.otherYear(),
        f.refers(),
        f.memberQuestions(),
        f.memberWords(),
        f.memberKhoan(),
        f.unwritten());
  }

  private static Double[] box(double[] values) {
    Double[] boxed = new Double[values.length];
    for (int i = 0; i < values.length; i++) {
      boxed[i] = values[i];
    }
    return boxed;
  }
}
