package se.stockholm.vfu.security;

import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;

/** Checks {@link PasswordPolicy}: length in characters first, then what bcrypt can hold in bytes. */
public class PasswordPolicyValidator implements ConstraintValidator<PasswordPolicy, String> {

    @Override
    public boolean isValid(String password, ConstraintValidatorContext context) {
        if (password == null) {
            return true;
        }
        int length = password.codePointCount(0, password.length());
        String message;
        if (length < PasswordHasher.MIN_LENGTH || length > PasswordHasher.MAX_LENGTH) {
            message = "{user.password.length}";
        } else if (!PasswordHasher.fitsBcrypt(password)) {
            message = "{user.password.bytes}";
        } else {
            return true;
        }
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate(message).addConstraintViolation();
        return false;
    }
}
