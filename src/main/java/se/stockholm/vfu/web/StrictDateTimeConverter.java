package se.stockholm.vfu.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.ConverterException;
import jakarta.faces.convert.DateTimeConverter;

import java.text.MessageFormat;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.time.format.ResolverStyle;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalQuery;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

/**
 * {@code f:convertDateTime} for the java.time types with a pattern, reading only dates and times that exist. The
 * standard converter resolves "smartly": 2026-02-30 became 2026-02-28, and 24:00 became midnight, without a word. Here
 * such a value is a conversion error with the faces bundle's message for the type (DATE, TIME or DATETIME, in the
 * page's language), and the field keeps what was typed. Other types and styles are the standard converter's.
 * Registered in faces-config.xml under the standard converter's id, so every {@code f:convertDateTime} is this one.
 */
public class StrictDateTimeConverter extends DateTimeConverter {

    private static final Map<String, TemporalQuery<?>> JAVA_TIME = Map.of(
            "localDate", LocalDate::from, "localTime", LocalTime::from, "localDateTime", LocalDateTime::from);
    private static final Map<String, String> MESSAGE_KEYS = Map.of(
            "localDate", DATE_ID, "localTime", TIME_ID, "localDateTime", DATETIME_ID);

    @Override
    public Object getAsObject(FacesContext context, UIComponent component, String value) {
        TemporalQuery<?> type = JAVA_TIME.get(getType());
        if (type == null || getPattern() == null || value == null || value.isBlank()) {
            return super.getAsObject(context, component, value);
        }
        try {
            return strict(getPattern(), getLocale()).parse(value.trim(), type);
        } catch (DateTimeParseException notADay) {
            throw new ConverterException(message(context, component, MESSAGE_KEYS.get(getType()), value), notADay);
        }
    }

    /** The pattern read strictly; "yyyy" (year of era) then needs the era, which is ours. */
    private static DateTimeFormatter strict(String pattern, Locale locale) {
        return new DateTimeFormatterBuilder().appendPattern(pattern).parseDefaulting(ChronoField.ERA, 1)
                .toFormatter(locale).withResolverStyle(ResolverStyle.STRICT);
    }

    /** The message as the standard converter words it: {0} what was typed, {2} the field's label. */
    private static FacesMessage message(FacesContext context, UIComponent component, String key, String value) {
        Locale locale = context.getViewRoot().getLocale();
        String pattern = ResourceBundle.getBundle(context.getApplication().getMessageBundle(), locale).getString(key);
        Object label = component.getAttributes().get("label");
        String text = new MessageFormat(pattern, locale).format(new Object[] {value, "",
                label == null ? component.getClientId(context) : label});
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
    }
}
