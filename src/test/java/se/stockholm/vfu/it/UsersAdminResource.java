package se.stockholm.vfu.it;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import se.stockholm.vfu.reference.District;
import se.stockholm.vfu.reference.University;
import se.stockholm.vfu.security.Role;
import se.stockholm.vfu.user.AppUser;
import se.stockholm.vfu.user.UserForm;
import se.stockholm.vfu.user.UserService;

import java.util.List;

/**
 * Test deployments only (this package is not in the portal's WAR): what an administrator does on the users page,
 * as HTTP calls a client test can make while another user's session is open (or a token of the user is out). Every
 * change goes through the real {@link UserService}, as the calling administrator.
 */
@Path("it/users")
@RolesAllowed(Role.ADMIN_NAME)
public class UsersAdminResource {

    @Inject
    UserService users;

    @PersistenceContext
    EntityManager em;

    /** Creates a user with the fixtures' password; {@code district} / {@code university} is a code, for their contacts. */
    @POST
    @Path("{username}")
    @Transactional
    public Response create(@PathParam("username") String username, @QueryParam("role") Role role,
                           @QueryParam("district") String district, @QueryParam("university") String university) {
        UserForm form = new UserForm();
        form.setUsername(username);
        form.setDisplayName("Test " + username);
        form.setEmail(username + "@it.example");
        form.setRole(role);
        form.setDistrictId(district == null ? null : districtId(district));
        form.setUniversityId(university == null ? null : universityId(university));
        form.setPassword(Fixtures.PASSWORD);
        long id = users.create(form);
        // a user the administrator created must change the password first (hole 9); these tests sign in as the
        // user right away, as one who already has
        em.createQuery("UPDATE AppUser u SET u.passwordChangeRequired = FALSE WHERE u.id = :id")
                .setParameter("id", id).executeUpdate();
        return Response.ok(id).build();
    }

    @POST
    @Path("{username}/disable")
    public void disable(@PathParam("username") String username) {
        AppUser user = find(username).get(0);
        users.setEnabled(user.getId(), user.getVersion(), false);
    }

    @POST
    @Path("{username}/enable")
    public void enable(@PathParam("username") String username) {
        AppUser user = find(username).get(0);
        users.setEnabled(user.getId(), user.getVersion(), true);
    }

    /** The administrator's "new password" for the user: the password is the request's body (text), not in the URL. */
    @POST
    @Path("{username}/password")
    @Consumes(MediaType.TEXT_PLAIN)
    public void resetPassword(@PathParam("username") String username, String password) {
        AppUser user = find(username).get(0);
        users.resetPassword(user.getId(), user.getVersion(), password);
    }

    @POST
    @Path("{username}/role")
    public void changeRole(@PathParam("username") String username, @QueryParam("role") Role role,
                           @QueryParam("district") String district, @QueryParam("university") String university) {
        AppUser user = find(username).get(0);
        users.changeRole(user.getId(), user.getVersion(), role, district == null ? null : districtId(district),
                university == null ? null : universityId(university));
    }

    /** 200 when the user exists, 404 when not. */
    @GET
    @Path("{username}")
    @Transactional
    public Response exists(@PathParam("username") String username) {
        return find(username).isEmpty() ? Response.status(404).build() : Response.ok().build();
    }

    private long id(String username) {
        return find(username).get(0).getId();
    }

    private List<AppUser> find(String username) {
        return em.createQuery("SELECT u FROM AppUser u WHERE u.username = :u", AppUser.class)
                .setParameter("u", username).getResultList();
    }

    private long universityId(String code) {
        return em.createQuery("SELECT u FROM University u WHERE u.code = :code", University.class)
                .setParameter("code", code).getSingleResult().getId();
    }

    private long districtId(String code) {
        return em.createQuery("SELECT d FROM District d WHERE d.code = :code", District.class)
                .setParameter("code", code).getSingleResult().getId();
    }
}
