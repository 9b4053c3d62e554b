package org.minutebook.command.platform;

import io.swagger.v3.oas.annotations.parameters.RequestBody;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A command built from the request: the JSON body, the path variables (the path wins, so a body cannot retarget
 * another meeting) and the {@code If-Match} version as {@code expectedVersion}; then validated. The parameter is a
 * {@code Sent<C>}: the command with the {@code Idempotency-Key} and request hash it came with.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.PARAMETER)
@RequestBody(required = true, description = "The command, as JSON; path variables and If-Match are added to it")
public @interface CommandBody {
}
