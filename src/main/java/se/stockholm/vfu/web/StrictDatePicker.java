package se.stockholm.vfu.web;

import org.primefaces.component.api.UICalendar;
import org.primefaces.component.datepicker.DatePicker;
import org.primefaces.component.datepicker.DatePickerBase;

import java.time.format.ResolverStyle;

/**
 * PrimeFaces' date picker, except that a typed date must exist and stays in the field when it does not. PrimeFaces
 * resolves typed dates "smartly" by default, so 2026-02-30 was saved as 2026-02-28 without a word; here it is a
 * conversion error beside the field (the faces bundle's DateTimeConverter messages). And the picker's script drops a
 * value it cannot read when the page comes back with the error ("2026-13-45" left an empty field); here the user sees
 * what they typed. Registered for every {@code p:datePicker} in faces-config.xml; a page may still set either
 * attribute itself.
 */
public class StrictDatePicker extends DatePicker {

    @Override
    public String getResolverStyle() {
        return (String) getStateHelper().eval(UICalendar.PropertyKeys.resolverStyle, ResolverStyle.STRICT.name());
    }

    @Override
    public boolean isKeepInvalid() {
        return (Boolean) getStateHelper().eval(DatePickerBase.PropertyKeys.keepInvalid, Boolean.TRUE);
    }
}
