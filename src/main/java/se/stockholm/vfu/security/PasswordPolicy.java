package se.stockholm.vfu.security;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A password the portal accepts: {@value PasswordHasher#MIN_LENGTH}–{@value PasswordHasher#MAX_LENGTH} characters
 * and at most {@value PasswordHasher#MAX_BYTES} bytes in UTF-8, because bcrypt reads no further (and the hashing
 * library refuses longer input outright). Checked where the password is typed, so the user gets a message beside
 * the field and never a server error. Null is left to {@code @NotBlank}.
 */
@Documented
@Constraint(validatedBy = PasswordPolicyValidator.class)
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
public @interface PasswordPolicy {

    String message() default "{user.password.length}";

    Class<?>[] groups() default {};

    Class<? extends Payload>[] payload() default {};
}
