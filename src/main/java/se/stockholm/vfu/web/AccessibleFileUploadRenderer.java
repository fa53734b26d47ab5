package se.stockholm.vfu.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import jakarta.faces.context.ResponseWriterWrapper;
import org.primefaces.component.fileupload.FileUpload;
import org.primefaces.component.fileupload.FileUploadRenderer;

import java.io.IOException;

/**
 * PrimeFaces' file upload, except that in simple mode the browser's own file input is not hidden from assistive
 * technology. PrimeFaces 15 marks that input {@code aria-hidden="true"} although, unskinned, it is the visible control a
 * keyboard user tabs to and activates: a screen reader then reaches a control it cannot name (axe-core
 * {@code aria-hidden-focus}, WCAG 4.1.2). Registered for every {@code p:fileUpload} in faces-config.xml; the skinned and
 * advanced modes, which hide their input behind a button of their own, are unchanged.
 */
public class AccessibleFileUploadRenderer extends FileUploadRenderer {

    @Override
    protected void encodeSimpleInputField(FacesContext context, FileUpload fileUpload, String clientId, String style,
                                          String styleClass) throws IOException {
        ResponseWriter writer = context.getResponseWriter();
        context.setResponseWriter(new ResponseWriterWrapper(writer) {
            @Override
            public void writeAttribute(String name, Object value, String property) throws IOException {
                if (!"aria-hidden".equals(name)) {
                    super.writeAttribute(name, value, property);
                }
            }
        });
        try {
            super.encodeSimpleInputField(context, fileUpload, clientId, style, styleClass);
        } finally {
            context.setResponseWriter(writer);
        }
    }
}
