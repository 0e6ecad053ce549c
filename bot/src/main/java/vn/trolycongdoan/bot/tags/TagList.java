package vn.trolycongdoan.bot.tags;

import java.util.List;
import java.util.Optional;

/**
 * The topics of {@code config/tags.txt}, in the order members see them: the seam through which
 * other features (broadcast audiences, the {@code /phatsong} composer) learn which tags exist.
 * Never empty, keys unique. Immutable and thread-safe.
 */
public final class TagList {

  private final List<Tag> tags;

  /**
   * @throws IllegalArgumentException if {@code tags} is empty or repeats a key
   */
  public TagList(List<Tag> tags) {
    this.tags = List.copyOf(tags);
    if (this.tags.isEmpty()) {
      throw new IllegalArgumentException("A tag list needs at least one tag");
    }
    if (this.tags.stream().map(Tag::key).distinct().count() != this.tags.size()) {
      throw new IllegalArgumentException("Tag keys repeat: " + this.tags);
    }
  }

  /** Every tag, in the file's order. */
  public List<Tag> tags() {
    return tags;
  }

  /** The tag of {@code key}, exactly as written in the file. */
  public Optional<Tag> byKey(String key) {
    return tags.stream().filter(tag -> tag.key().equals(key)).findFirst();
  }
}
