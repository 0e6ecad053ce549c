package vn.trolycongdoan.bot.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TargetTest {

  @Test
  void a_verdict_is_in_vietnamese_with_plain_figures() {
    Target throughput = Target.atLeast(3_000, "yêu cầu/s");
    Target build = Target.atMost(60, "s");

    assertThat(throughput.verdict(3_500)).isEqualTo("mục tiêu ≥ 3,000 yêu cầu/s: ĐẠT");
    assertThat(build.verdict(80.6)).isEqualTo("mục tiêu ≤ 60 s: CHƯA ĐẠT");
  }

  @Test
  void latencies_are_summed_up_in_vietnamese() {
    Latencies latencies = new Latencies();
    latencies.record(2_000_000);
    latencies.record(4_000_000);

    assertThat(latencies.summary()).startsWith("trung bình 3.000 ms, p50 ").endsWith("(2 mẫu)");
  }
}
