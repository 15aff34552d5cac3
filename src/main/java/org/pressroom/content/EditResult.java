package org.pressroom.content;

import java.util.List;

/**
 * What came of a save: saved; refused (each reason beside its field); or in conflict, when someone else saved the
 * item since the editor opened it. Whenever it is not saved, {@code submitted} holds what the editor sent, so that
 * the page can show it to them again and nothing they typed is lost.
 *
 * @param state the item's state now: after the save, or the newer version that caused a conflict (null when refused
 *              before anything existed)
 * @param submitted what was saved (cleaned and sanitised) or, when not saved, what the editor sent
 */
public record EditResult<F>(Outcome outcome, ItemState state, F submitted, List<EditorialRefusal.Problem> problems) {

    public enum Outcome { SAVED, REFUSED, CONFLICT }

    public EditResult {
        problems = List.copyOf(problems);
    }

    public boolean saved() {
        return outcome == Outcome.SAVED;
    }

    static <F> EditResult<F> saved(ItemState state, F values) {
        return new EditResult<>(Outcome.SAVED, state, values, List.of());
    }

    static <F> EditResult<F> refused(F submitted, List<EditorialRefusal.Problem> problems) {
        return new EditResult<>(Outcome.REFUSED, null, submitted, problems);
    }

    static <F> EditResult<F> conflict(ItemState current, F submitted) {
        return new EditResult<>(Outcome.CONFLICT, current, submitted, List.of(EditorialRefusal.Problem.of("", "editorial.conflict")));
    }
}
