package se.stockholm.vfu.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import org.primefaces.component.inputtextarea.InputTextarea;
import org.primefaces.component.inputtextarea.InputTextareaRenderer;

/**
 * PrimeFaces' text area, except that a text longer than the field's maxlength is refused, not cut
 * ({@link UncutInput}). Line breaks count as one character, as PrimeFaces (and the browser) count them.
 * Registered for every {@code p:inputTextarea} in faces-config.xml.
 */
public class UncutInputTextareaRenderer extends InputTextareaRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        super.decode(context, component);
        InputTextarea input = (InputTextarea) component;
        String sent = context.getExternalContext().getRequestParameterMap().get(input.getClientId(context));
        UncutInput.refuseIfTooLong(context, input, input.getMaxlength(),
                sent == null ? null : sent.replaceAll("\\r\\n?", "\n"));
    }
}
