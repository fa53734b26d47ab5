package se.stockholm.vfu.user;

import se.stockholm.vfu.security.Role;

import java.io.Serializable;

/** A user as the user list shows it: no password hash ever leaves the service. */
public record UserRow(long id, String username, String displayName, String email, Role role,
                      Long districtId, String districtName, Long universityId, String universityCode,
                      boolean enabled) implements Serializable {
}
