package se.stockholm.vfu.user;

import se.stockholm.vfu.security.Role;

import java.io.Serializable;

/**
 * A user as the user list shows it, with the version it was read at (role, enabled and password changes carry it):
 * no password hash ever leaves the service.
 */
public record UserRow(long id, long version, String username, String displayName, String email, Role role,
                      Long districtId, String districtName, Long universityId, String universityCode,
                      boolean enabled) implements Serializable {
}
