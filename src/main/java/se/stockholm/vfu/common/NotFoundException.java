package se.stockholm.vfu.common;

/** The record asked for does not exist, or is outside what the caller may see (we do not tell which). */
public class NotFoundException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public NotFoundException() {
        super("error.notFound");
    }
}
