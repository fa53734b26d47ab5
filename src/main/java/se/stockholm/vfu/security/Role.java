package se.stockholm.vfu.security;

/**
 * The portal's roles. The names are the role strings the container checks
 * ({@code @RolesAllowed}) and the values stored in {@code app_user.role}.
 */
public enum Role {
    /** The central VFU contact at socialförvaltningen: sees and coordinates everything. */
    CENTRAL,
    /** A district's VFU contact: bound to one district. */
    DISTRICT,
    /** A university's VFU coordinator: bound to one university. */
    UNIVERSITY,
    /** Manages users; sees what the central contact sees. */
    ADMIN;

    public static final String CENTRAL_NAME = "CENTRAL";
    public static final String DISTRICT_NAME = "DISTRICT";
    public static final String UNIVERSITY_NAME = "UNIVERSITY";
    public static final String ADMIN_NAME = "ADMIN";

    /** Whether users of this role must be bound to a district. */
    public boolean needsDistrict() {
        return this == DISTRICT;
    }

    /** Whether users of this role must be bound to a university. */
    public boolean needsUniversity() {
        return this == UNIVERSITY;
    }

    /** Whether this role sees the whole city rather than one district or university. */
    public boolean isCityWide() {
        return this == CENTRAL || this == ADMIN;
    }
}
