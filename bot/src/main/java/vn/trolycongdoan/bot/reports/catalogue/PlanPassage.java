package vn.trolycongdoan.bot.reports.catalogue;

/**
 * Where in the plans a target is written, as the knowledge core names a passage: the document id
 * ({@code plans/001_241fc221d9dce001}) and the section path ({@code II › 2 › 2.4}), which open it
 * with {@code KnowledgeBase.document(id)} and its outline entry of that section.
 */
public record PlanPassage(String document, String section) {}
