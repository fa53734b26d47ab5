package se.stockholm.vfu.user.view;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import se.stockholm.vfu.user.UserForm;
import se.stockholm.vfu.user.UserService;
import se.stockholm.vfu.web.Messages;

import java.io.Serializable;

/** The administrator creates a user with a role, its district or university, and a first password. */
@Named
@ViewScoped
public class CreateUser implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    private UserService userService;

    private UserForm form = new UserForm();

    public void start() {
        form = new UserForm();
    }

    public void create() {
        userService.create(form);
        Messages.info("user.created", form.getUsername());
        form = new UserForm();
    }

    public UserForm getForm() {
        return form;
    }
}
