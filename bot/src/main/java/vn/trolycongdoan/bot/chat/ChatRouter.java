package vn.trolycongdoan.bot.chat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The chat core's front door: applies flood control, records the sender, and routes commands to
 * their {@link ChatCommand}, plain text to the question handler and button presses to the {@link
 * ButtonHandler} of their prefix, and photos and documents to the {@link AttachmentHandler} (which
 * may decline them: they then get a hint that only text is read). Unknown commands and outdated or
 * malformed buttons (a handler throwing {@link IllegalArgumentException} or {@link
 * IndexOutOfBoundsException} for a missing field) get a helpful reply, logged on one line without a
 * stack trace; a failing handler gets an apology, never an exception. Thread-safe when its parts
 * are.
 */
public final class ChatRouter implements ChatHandler {

  private static final Logger log = LoggerFactory.getLogger(ChatRouter.class);

  private final FloodControl flood;
  private final Consumer<ChatUser> onMessage;
  private final Map<String, ChatCommand> commands;
  private final List<ChatCommand> listed;
  private final CommandHandler questions;
  private final Map<String, ButtonHandler> buttons;
  private final AttachmentHandler attachments;

  private ChatRouter(Builder builder) {
    this.flood = builder.flood;
    this.onMessage = builder.onMessage;
    this.commands = Map.copyOf(builder.commands);
    this.listed = builder.listed.stream().map(commands::get).toList();
    this.questions = builder.questions;
    this.buttons = Map.copyOf(builder.buttons);
    this.attachments = builder.attachments;
  }

  public static Builder builder(FloodControl flood, CommandHandler questions) {
    return new Builder(flood, questions);
  }

  @Override
  public ChatResponse handle(IncomingMessage message) {
    ChatUser from = message.from();
    switch (flood.check(from)) {
      case IGNORE:
        return ChatResponse.ignored();
      case WARN:
        return ChatResponse.text(ChatTexts.FLOOD_NOTICE);
      default:
        break;
    }
    ChatResponse response = respond(message);
    seen(from);
    return response;
  }

  private ChatResponse respond(IncomingMessage message) {
    ChatUser from = message.from();
    try {
      if (message.isButton()) {
        return press(from, message.buttonData());
      }
      if (message.attachment() != null) {
        return attachments
            .take(from, message.attachment(), message.text().strip())
            .orElseGet(() -> ChatResponse.text(ChatTexts.ONLY_TEXT));
      }
      return text(from, message.text());
    } catch (RuntimeException e) {
      log.error("Chat message from {} {} failed", from.channel(), from.chatId(), e);
      return message.isButton()
          ? ChatResponse.notice(ChatTexts.FAILURE)
          : ChatResponse.text(ChatTexts.FAILURE);
    }
  }

  /**
   * Tells the listener who wrote, once the message is handled: a write at the end keeps the
   * message's transaction short (see {@code Jdbc#inUnitOfWork}). Its failure (e.g. a full disk
   * refusing the "last seen" write) is logged on one line and never stops the message from being
   * answered.
   */
  private void seen(ChatUser from) {
    try {
      onMessage.accept(from);
    } catch (RuntimeException e) {
      log.warn(
          "Recording that {} {} wrote failed; answering anyway: {}",
          from.channel(),
          from.chatId(),
          e.toString());
    }
  }

  private ChatResponse text(ChatUser from, String text) {
    if (text.isBlank()) {
      return ChatResponse.text(ChatTexts.EMPTY_MESSAGE);
    }
    Optional<Command> command = Command.parse(text);
    if (command.isEmpty()) {
      return questions.handle(from, text.strip());
    }
    ChatCommand known = commands.get(command.get().name());
    if (known == null) {
      return ChatResponse.of(Reply.of(ChatTexts.unknownCommand(text.strip(), listed)));
    }
    return known.handler().handle(from, command.get().argument());
  }

  private ChatResponse press(ChatUser from, String data) {
    try {
      ButtonData decoded = ButtonData.decode(data);
      ButtonHandler handler = buttons.get(decoded.prefix());
      if (handler != null) {
        return handler.press(from, decoded.fields());
      }
    } catch (IllegalArgumentException | IndexOutOfBoundsException malformed) {
      log.info(
          "Malformed button data from {} {}: {}",
          from.channel(),
          from.chatId(),
          malformed.toString());
    }
    return ChatResponse.notice(ChatTexts.OUTDATED_BUTTON);
  }

  /**
   * The commands shown in menus and in the reply to an unknown command, in the order they were
   * added.
   */
  @Override
  public List<ChatCommand> menu() {
    return listed;
  }

  /** Collects the commands and buttons. */
  public static final class Builder {

    private final FloodControl flood;
    private final CommandHandler questions;
    private final Map<String, ChatCommand> commands = new LinkedHashMap<>();
    private final List<String> listed = new ArrayList<>();
    private final Map<String, ButtonHandler> buttons = new LinkedHashMap<>();
    private Consumer<ChatUser> onMessage = user -> {};
    private AttachmentHandler attachments = (from, attachment, caption) -> Optional.empty();

    private Builder(FloodControl flood, CommandHandler questions) {
      this.flood = flood;
      this.questions = questions;
    }

    /** Adds a command shown in menus. */
    public Builder command(ChatCommand command) {
      listed.add(command.name());
      return alias(command.name(), command);
    }

    /** Adds another name for a command, understood but not shown in menus (e.g. {@code /help}). */
    public Builder alias(String name, ChatCommand command) {
      if (commands.putIfAbsent(name, command) != null) {
        throw new IllegalArgumentException("Command registered twice: " + name);
      }
      return this;
    }

    /** Adds a feature's buttons, by the prefix of their data. */
    public Builder buttons(Map<String, ButtonHandler> handlers) {
      handlers.forEach(
          (prefix, handler) -> {
            if (buttons.putIfAbsent(prefix, handler) != null) {
              throw new IllegalArgumentException("Button prefix registered twice: " + prefix);
            }
          });
      return this;
    }

    /**
     * Sets what takes photos and documents; without one, each gets a hint that only text is read.
     */
    public Builder attachments(AttachmentHandler handler) {
      this.attachments = handler;
      return this;
    }

    /**
     * Called with the sender of every message that passes flood control, after it is handled, as
     * bookkeeping apart from the message's own effect: if it throws, the message is still answered.
     */
    public Builder onMessage(Consumer<ChatUser> listener) {
      this.onMessage = listener;
      return this;
    }

    public ChatRouter build() {
      return new ChatRouter(this);
    }
  }
}
