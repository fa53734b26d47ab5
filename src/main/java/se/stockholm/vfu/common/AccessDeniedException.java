package se.stockholm.vfu.common;

/** The caller is signed in but asks for data of another district or university. */
public class AccessDeniedException extends BusinessException {

    private static final long serialVersionUID = 1L;

    public AccessDeniedException() {
        super("error.accessDenied");
    }
}
