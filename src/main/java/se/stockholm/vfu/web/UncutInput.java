package se.stockholm.vfu.web;

import jakarta.faces.component.UIInput;
import jakarta.faces.context.FacesContext;
import jakarta.faces.validator.LengthValidator;
import jakarta.faces.validator.ValidatorException;

/**
 * What {@link UncutInputTextRenderer} and {@link UncutInputTextareaRenderer} do around PrimeFaces' decode and
 * conversion. PrimeFaces cuts a sent value to the field's maxlength on the server, without a word: a pasted or
 * scripted 10,000 characters were saved as the first 40 of a student id (another student's id), 120 of a name, 2,000
 * of a note, while the API refuses the same input. The browser's maxlength stays for people typing; a longer value
 * that reaches the server anyway is kept as sent and refused beside its field with the standard length validator's
 * message ("At most 40 characters."), the text the API answers with, so nothing is saved. It is the field's only
 * message: the value is not converted (a number's converter message came beside it), and a field already invalid is
 * not validated further.
 */
final class UncutInput {

    private UncutInput() {
    }

    /**
     * After PrimeFaces' decode: a value longer than the field allows is kept as sent and refused.
     *
     * @param sent the value as sent, after the renderer's own normalisation (a textarea's line breaks) but before its
     *             cut; null when the field was not sent
     */
    static void refuseIfTooLong(FacesContext context, UIInput input, int maxlength, String sent) {
        if (!tooLong(sent, maxlength) || input.getSubmittedValue() == null) {
            return;
        }
        input.setSubmittedValue(sent);
        try {
            new LengthValidator(maxlength).validate(context, input, sent);
        } catch (ValidatorException refused) {
            context.addMessage(input.getClientId(context), refused.getFacesMessage());
        }
        input.setValid(false);
        context.validationFailed();
    }

    /** Whether the value to convert is one {@link #refuseIfTooLong} refused: it is not converted. */
    static boolean refused(Object submitted, int maxlength) {
        return submitted instanceof String sent && tooLong(sent, maxlength);
    }

    private static boolean tooLong(String sent, int maxlength) {
        return sent != null && maxlength > 0 && sent.length() > maxlength;
    }
}
