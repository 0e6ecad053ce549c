package vn.trolycongdoan.bot.broadcasts.chat;

import vn.trolycongdoan.bot.broadcasts.Audience;
import vn.trolycongdoan.bot.chat.Attachment;

/**
 * A broadcast a staff member is composing in chat.
 *
 * @param id its key, carried by the buttons under its messages
 * @param step where it stands
 * @param text the text, or the caption of {@code attachment}; {@code null} before it is sent
 * @param attachment the photo or document; {@code null} for none
 * @param audience who it goes to; {@code null} until chosen
 * @param wholeSubtree while choosing a unit: whether the units below it are meant too
 * @param broadcastId the broadcast it became, once {@link ComposeStep#DONE}; {@code null} before
 */
record BroadcastDraft(
    long id,
    ComposeStep step,
    String text,
    Attachment attachment,
    Audience audience,
    boolean wholeSubtree,
    Long broadcastId) {

  BroadcastDraft withContent(String newText, Attachment newAttachment) {
    return new BroadcastDraft(
        id, ComposeStep.AUDIENCE, newText, newAttachment, null, false, broadcastId);
  }

  BroadcastDraft choosingUnit(boolean subtree) {
    return new BroadcastDraft(id, ComposeStep.UNIT, text, attachment, null, subtree, broadcastId);
  }

  BroadcastDraft withAudience(Audience chosen) {
    return new BroadcastDraft(
        id, ComposeStep.PREVIEW, text, attachment, chosen, wholeSubtree, broadcastId);
  }

  BroadcastDraft at(ComposeStep newStep) {
    return new BroadcastDraft(id, newStep, text, attachment, audience, wholeSubtree, broadcastId);
  }
}
