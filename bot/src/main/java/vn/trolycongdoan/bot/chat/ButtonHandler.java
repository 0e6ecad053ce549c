package vn.trolycongdoan.bot.chat;

import java.util.List;

/**
 * Answers presses of the buttons whose data starts with one prefix (see {@link ButtonData}).
 * Thread-safe.
 */
@FunctionalInterface
public interface ButtonHandler {

  /**
   * @param from who pressed
   * @param arguments the button data's fields after the prefix
   * @throws IllegalArgumentException if the arguments are malformed (a forged or outdated button)
   * @throws IndexOutOfBoundsException if an argument is missing; treated as malformed
   */
  ChatResponse press(ChatUser from, List<String> arguments);
}
