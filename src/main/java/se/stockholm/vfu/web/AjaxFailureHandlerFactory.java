package se.stockholm.vfu.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;

/** Installs {@link AjaxFailureHandler} in place of OmniFaces' FullAjaxExceptionHandler (see faces-config.xml). */
public class AjaxFailureHandlerFactory extends ExceptionHandlerFactory {

    public AjaxFailureHandlerFactory(ExceptionHandlerFactory wrapped) {
        super(wrapped);
    }

    @Override
    public ExceptionHandler getExceptionHandler() {
        return new AjaxFailureHandler(getWrapped().getExceptionHandler());
    }
}
