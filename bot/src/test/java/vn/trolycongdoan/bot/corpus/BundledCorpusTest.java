package vn.trolycongdoan.bot.corpus;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundledCorpusTest {

  @TempDir Path data;

  @Test
  void seeds_the_packed_corpus_into_a_missing_folder() throws IOException {
    Path target = data.resolve("corpus");

    assertThat(BundledCorpus.packed().seedInto(target)).isTrue();

    assertThat(target.resolve("plans/001_241fc221d9dce001.txt")).isRegularFile();
    assertThat(target.resolve("laws/bo-luat-lao-dong-2019.txt")).isRegularFile();
    assertThat(Files.readString(target.resolve("plans/001_241fc221d9dce001.txt")))
        .isEqualTo(Files.readString(Path.of("../corpus/plans/001_241fc221d9dce001.txt")));
    assertThat(entries(data)).containsExactly(target);
  }

  @Test
  void leaves_an_existing_folder_as_the_operator_left_it() throws IOException {
    Path target = Files.createDirectories(data.resolve("corpus"));
    Path edited = Files.writeString(target.resolve("edited.txt"), "sửa tay");

    assertThat(BundledCorpus.packed().seedInto(target)).isFalse();

    assertThat(entries(target)).containsExactly(edited);
    assertThat(Files.readString(edited)).isEqualTo("sửa tay");
  }

  @Test
  void seeds_from_inside_a_jar() throws IOException {
    Path jar = data.resolve("app.jar");
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
      add(zip, "defaults/corpus/plans/a.txt", "Kế hoạch A");
      add(zip, "defaults/corpus/laws/b.txt", "Luật B");
      add(zip, "defaults/config/settings.properties", "server.port = 1");
    }
    Path target = data.resolve("seeded/corpus");

    new BundledCorpus(URI.create("jar:" + jar.toUri() + "!/defaults/corpus")).seedInto(target);

    assertThat(Files.readString(target.resolve("plans/a.txt"))).isEqualTo("Kế hoạch A");
    assertThat(Files.readString(target.resolve("laws/b.txt"))).isEqualTo("Luật B");
    assertThat(entries(target)).hasSize(2);
  }

  @Test
  void a_copy_that_fails_half_way_leaves_no_staging_folder_and_no_target() throws IOException {
    Path jar = data.resolve("broken.jar");
    String longText =
        "Điều 1. Nội dung kế hoạch được triển khai đến từng công đoàn cơ sở. ".repeat(400);
    try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
      add(zip, "defaults/corpus/plans/a.txt", "Kế hoạch A");
      add(zip, "defaults/corpus/plans/z.txt", longText);
    }
    corruptTheMiddle(jar);
    Path target = data.resolve("seeded/corpus");
    BundledCorpus broken =
        new BundledCorpus(URI.create("jar:" + jar.toUri() + "!/defaults/corpus"));

    assertThatThrownBy(() -> broken.seedInto(target)).isInstanceOf(IOException.class);

    assertThat(entries(data.resolve("seeded"))).isEmpty();
  }

  @Test
  void staging_folders_left_by_a_killed_seeding_are_removed_at_the_next_start() throws IOException {
    Path target = data.resolve("corpus");
    Path leftover = Files.createDirectories(data.resolve("corpus.seeding-123/plans"));
    Files.writeString(leftover.resolve("half.txt"), "nửa chừng");
    Path unrelated = Files.createDirectories(data.resolve("corpus-old"));

    assertThat(BundledCorpus.packed().seedInto(target)).isTrue();

    assertThat(entries(data)).containsExactlyInAnyOrder(target, unrelated);
  }

  /** Overwrites bytes in the middle of the file, inside the long entry's compressed data. */
  private static void corruptTheMiddle(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    for (int i = bytes.length / 2 - 40; i < bytes.length / 2 + 40; i++) {
      bytes[i] = (byte) 0xA5;
    }
    Files.write(file, bytes);
  }

  private static void add(ZipOutputStream zip, String name, String text) throws IOException {
    zip.putNextEntry(new ZipEntry(name));
    OutputStream entry = zip;
    entry.write(text.getBytes(StandardCharsets.UTF_8));
    zip.closeEntry();
  }

  private static java.util.List<Path> entries(Path folder) throws IOException {
    try (Stream<Path> list = Files.list(folder)) {
      return list.toList();
    }
  }
}
