package se.stockholm.vfu.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.ConverterException;
import org.primefaces.component.inputtext.InputText;
import org.primefaces.component.inputtext.InputTextRenderer;

/**
 * PrimeFaces' input text, except that a value longer than the field's maxlength is refused, not cut
 * ({@link UncutInput}). Registered for every {@code p:inputText} in faces-config.xml.
 */
public class UncutInputTextRenderer extends InputTextRenderer {

    @Override
    public void decode(FacesContext context, UIComponent component) {
        super.decode(context, component);
        InputText input = (InputText) component;
        UncutInput.refuseIfTooLong(context, input, input.getMaxlength(),
                context.getExternalContext().getRequestParameterMap().get(input.getClientId(context)));
    }

    @Override
    public Object getConvertedValue(FacesContext context, UIComponent component, Object submitted)
            throws ConverterException {
        InputText input = (InputText) component;
        // refused in decode already, with its one message: not converted as well
        return UncutInput.refused(submitted, input.getMaxlength()) ? null
                : super.getConvertedValue(context, component, submitted);
    }
}
