package org.layoutstudio.pretix;

/**
 * A question of the event ({@code GET …/questions/}); its answers are the placeholders
 * {@code question_<identifier>} in layouts.
 *
 * @param id         pretix's question id
 * @param question   the multi-lingual question text
 * @param identifier the stable identifier
 * @param type       pretix's type code ({@code S}, {@code T}, {@code N}, {@code C}, …)
 */
public record QuestionInfo(long id, I18nText question, String identifier, String type) {
}
