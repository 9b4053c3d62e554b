package org.minutebook.command.declarations;

import org.minutebook.command.kernel.Rule;

/**
 * Declarations: made by someone who takes part, recorded once, never contradicted by "none". The rules of this part
 * of the record, each by its id as docs/events.md lists it under "Declarations", each with its story in
 * DeclarationRulesTest.
 */
public final class DeclarationRules {

    public static final Rule DECLARATION_ALREADY_RECORDED = Rule.conflict("declaration-already-recorded");
    public static final Rule DECLARANT_NOT_PRESENT = Rule.conflict("declarant-not-present");
    public static final Rule DECLARATIONS_CONTRADICT = Rule.conflict("declarations-contradict");

    private DeclarationRules() {
    }
}
