package vn.trolycongdoan.bot.tags;

/**
 * A topic members can choose to hear about.
 *
 * @param key what is stored and what staff name in a broadcast's audience, e.g. {@code phap-luat}
 * @param label what members see, in Vietnamese, e.g. {@code Pháp luật}
 */
public record Tag(String key, String label) {}
