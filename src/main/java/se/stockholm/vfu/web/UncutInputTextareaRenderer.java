package se.stockholm.vfu.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.ConverterException;
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
        UncutInput.refuseIfTooLong(context, input, input.getMaxlength(), sent == null ? null : sent.replaceAll("\\r\\n?", "\n"));
    }

    @Override
    public Object getConvertedValue(FacesContext context, UIComponent component, Object submitted)
            throws ConverterException {
        InputTextarea input = (InputTextarea) component;
        // refused in decode already, with its one message: not converted as well
        return UncutInput.refused(submitted, input.getMaxlength()) ? null
                : super.getConvertedValue(context, component, submitted);
    }
}
